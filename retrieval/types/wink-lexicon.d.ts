/** wink-lexicon 2.2.0 ships no types: its English lexicon, word → part-of-speech tags. */
declare module 'wink-lexicon/src/lexicon.js' {
  const lexicon: Record<string, unknown>;
  export default lexicon;
}

/** wink-lexicon 2.2.0's WordNet base forms (names among them: "aachen"), word → position. */
declare module 'wink-lexicon/src/wn-words.js' {
  const words: Record<string, number>;
  export default words;
}

/** damerau-levenshtein 1.0.8 ships no types: its one export, the distance between two strings. */
declare module 'damerau-levenshtein' {
  /** `steps`: edits (insertions, deletions, substitutions, adjacent transpositions); `relative`: steps / longer length. */
  export default function levenshtein(a: string, b: string): { steps: number; relative: number; similarity: number };
}

/**
 * ITU abbreviations and their long forms. Reports mix both ("SG17", "Study Group 17"), and so do
 * questions; keyword matching sees both forms wherever either appears.
 */
const GLOSSARY: [RegExp, RegExp, string, string][] = (
  [
    ['SG', 'study groups?', 'SG', 'study group'],
    ['WP', 'working part(?:y|ies)', 'WP', 'working party'],
    ['RG', 'regional groups?', 'RG', 'regional group'],
    ['TSB', 'Telecommunication Standardization Bureau', 'TSB', 'Telecommunication Standardization Bureau'],
    ['BDT', 'Telecommunication Development Bureau', 'BDT', 'Telecommunication Development Bureau'],
    ['BR', 'Radiocommunication Bureau', 'BR', 'Radiocommunication Bureau'],
    // ITU-T's "advisory group" is TSAG; ITU-D's and ITU-R's (TDAG, RAG) say whose they are.
    ['TSAG', '(?:Telecommunication Standardization )?(?<!(?:Development|Radiocommunication) )Advisory Group', 'TSAG', 'Telecommunication Standardization Advisory Group'],
    ['WTSA', 'World Telecommunication Standardization Assembly', 'WTSA', 'World Telecommunication Standardization Assembly'],
    ['WTDC', 'World Telecommunication Development Conference', 'WTDC', 'World Telecommunication Development Conference'],
    ['EWM', 'electronic working methods?', 'EWM', 'electronic working methods'],
    ['BSG', 'bridging the standardization gap', 'BSG', 'bridging the standardization gap'],
    ['CIRTs?|CSIRTs?', 'incident response teams?', 'CIRT', 'computer incident response team'],
    ['QoS', 'quality of service', 'QoS', 'quality of service'],
    ['QoE', 'quality of experience', 'QoE', 'quality of experience'],
    ['EMF', 'electromagnetic fields?', 'EMF', 'electromagnetic fields'],
    ['IoT', 'internet of things', 'IoT', 'Internet of things'],
    ['AI', 'artificial intelligence', 'AI', 'artificial intelligence'],
    ['DFS', 'digital financial services?', 'DFS', 'digital financial services'],
    // "COP26", "COP-28" are the UN climate conferences.
    ['COP(?![-\\s]?\\d)', 'child online protection', 'COP', 'child online protection'],
    ['GCI', 'global cybersecurity index', 'GCI', 'Global Cybersecurity Index'],
    ['CTOs?', 'chief technology officers?', 'CTO', 'chief technology officer'],
    ['JCAs?', 'joint coordination activit(?:y|ies)', 'JCA', 'joint coordination activity'],
    ['FGs?', 'focus groups?', 'FG', 'focus group'],
    ['LSGs?', 'lead study groups?', 'LSG', 'lead study group'],
    ['SSC', 'smart sustainable cities', 'SSC', 'smart sustainable cities'],
    ['WSIS', 'World Summit on the Information Society', 'WSIS', 'World Summit on the Information Society'],
    ['SDGs?', 'sustainable development goals?', 'SDG', 'Sustainable Development Goals'],
    ['IMT', 'International Mobile Telecommunications', 'IMT', 'International Mobile Telecommunications'],
    ['ccTLDs?', 'country code top-level domains?', 'ccTLD', 'country code top-level domain'],
    ['NNPs?', 'national numbering plans?', 'NNP', 'national numbering plan'],
    ['PP', 'Plenipotentiary Conference', 'PP', 'Plenipotentiary Conference'],
    ['MSs?', 'Member States?', 'MS', 'Member States'],
    ['ISO', 'International Organization for Standardization', 'ISO', 'International Organization for Standardization'],
    ['IEC', 'International Electrotechnical Commission', 'IEC', 'International Electrotechnical Commission'],
    ['ITRs?', 'International Telecommunication Regulations', 'ITRs', 'International Telecommunication Regulations'],
    ['INRs?', 'international (?:telecommunication )?numbering resources?', 'INR', 'international numbering resources'],
  ] as const
).map(([short, long, shortForm, longForm]) => [
  new RegExp(`\\b(?:${short})(?:-?\\d+)?\\b`),
  new RegExp(`\\b${long}\\b`, 'i'),
  shortForm,
  longForm,
]);

/** The long forms of abbreviations in the text and the abbreviations of long forms, space-joined. */
export function glossaryTerms(text: string): string {
  const extra: string[] = [];
  for (const [short, long, shortForm, longForm] of GLOSSARY) {
    const hasShort = short.test(text);
    const hasLong = long.test(text);
    if (hasShort && !hasLong) extra.push(longForm);
    if (hasLong && !hasShort) extra.push(shortForm);
  }
  return extra.join(' ');
}

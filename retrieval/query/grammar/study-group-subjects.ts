/**
 * Study groups named by their subject, as delegates speak of them: "the security study group",
 * "the signalling and security SGs", "the quality study group", "the study group on climate".
 * The subjects are words of the ITU-T study groups' titles for the 2017–2024 study periods
 * (ITU-T, "Study Groups", https://www.itu.int/en/ITU-T/studygroups), the field each is named for,
 * not topics one of them works on ("e-waste", "counterfeit"), which stay the question's topic; the
 * reports name the groups only by number ("SG17", "SGs 11 and 17").
 */
const MANDATES: [string, string][] = [
  ['SG2', 'numbering|naming|addressing|operational'],
  ['SG3', 'tariffs?|accounting|charging|economics?'],
  ['SG5', 'environment(?:al)?|climate'],
  ['SG9', 'cable|TV|television'],
  ['SG11', 'signall?ing|protocols?|testing'],
  ['SG12', 'quality|performance|QoS|QoE'],
  ['SG13', 'cloud|future networks?'],
  ['SG15', 'transport|optical|fibre|fiber'],
  ['SG16', 'multimedia|video|codecs?'],
  ['SG17', 'security|cybersecurity'],
  ['SG20', 'IoT|smart cit(?:y|ies)'],
];
const SUBJECT = MANDATES.map(([, words]) => words).join('|');
const SUBJECTS = String.raw`(?:${SUBJECT})(?:\s*(?:,|\/|&|\band\b|\bor\b)\s*(?:${SUBJECT}))*`;
/**
 * "the signalling and security study groups", "the signalling/protocol/testing group", "the
 * environment SG": subjects right after a determiner and right before the group. A group with
 * another qualifier ("the FIGI security group", "the security working group", "TSB's security
 * group", "the quality group QSDG") is not one; nor is another Sector's ("ITU-D study group on…").
 */
const DETERMINER = String.raw`(?:^|\b(?:the|our|its|their|which|what|whose|each|both|a|an))\s+`;
const BEFORE = new RegExp(String.raw`(${DETERMINER})(${SUBJECTS})\s+(?:study\s+groups?|SGs?|groups?)\b`, 'gi');
/** An acronym after the group names it ("the quality group QSDG"); case matters, so it is checked apart. */
const NAMED_AFTER = /^\s+[A-Z]{2,}\b/;
/** "the study group on security", "the SG dealing with quality". */
const AFTER = new RegExp(
  String.raw`(?<!ITU-[DR]\s+)\b(?:study\s+groups?|SGs?)\s+(?:on|for|dealing\s+with|handling|covering|responsible\s+for|in\s+charge\s+of|working\s+on)\s+(?:the\s+)?(${SUBJECTS})\b`,
  'gi',
);

/** Each study group's subject words as a whole-word pattern, compiled once. */
const MANDATE_WORDS: [string, RegExp][] = MANDATES.map(([group, words]) => [group, new RegExp(`^(?:${words})$`, 'i')]);

function studyGroupsOf(subjects: string): string[] {
  const groups = subjects
    .split(/\s*(?:,|\/|&|\band\b|\bor\b)\s*/i)
    .map((subject) => MANDATE_WORDS.find(([, words]) => words.test(subject))?.[0])
    .filter((group): group is string => group !== undefined);
  return [...new Set(groups)];
}

/**
 * The question with study groups named by subject written by number, as the reports write them:
 * "the signalling and security study groups" → "the SG11 and SG17", "the study group on
 * security" → "the SG17". Other text is unchanged.
 */
export function withStudyGroupNumbers(text: string): string {
  const byNumber = (subjects: string): string => studyGroupsOf(subjects).join(' and ');
  return text
    .replace(BEFORE, (match: string, determiner: string, subjects: string, at: number, whole: string) =>
      NAMED_AFTER.test(whole.slice(at + match.length)) ? match : `${determiner}${byNumber(subjects)}`,
    )
    .replace(AFTER, (_, subjects: string) => byNumber(subjects));
}

/**
 * ITU-T study groups named by number, in the reports' many forms ("Study Groups 13, 16, 17 and
 * 20", "SGs 16+20", "ITU-T SG 17", "SGs11+17"), written as one word each ("SG13"), so that "SG17"
 * meets them all.
 */

/** "Study Groups 13, 16, 17 and 20", "SGs 16+20", "ITU-T SG 17": study groups named by number. */
const STUDY_GROUPS = /(?<!ITU-[DR]\s+)\b(?:ITU-T\s+)?(?:study\s+groups?|SGs?)[\s-]*((?:\d{1,2}(?!\d)(?:\s*(?:,|\+|&|\/|and|or)\s*(?=\d))?)+)/giu;
/** An action's tag of the clause it comes from ("(i. SGs 1)", "(f.i. SG17 2)", "(resolves SG 2)"): its numbers are points, not study groups. */
const CLAUSE_TAG = /\((?:i\.|f\.i\.|c\.u\.|resolves|instructs|invites)[^)]*\)/giu;
/** Another Sector's study groups ("ITU-D Study Group 2", "ITU-R SGs 1, 6") are not ITU-T's. */
const OTHER_SECTOR_GROUPS = /\bITU-[DR]\s+(?:study\s+groups?|SGs?)[\s-]*(?:\d{1,2}(?:\s*(?:,|\+|&|\/|and|or)\s*)?)+/giu;

/** A text with every ITU-T study group named by number as one word each ("SG13 SG16 SG17 SG20"), other Sectors' left out. */
export function studyGroupNames(text: string): string {
  return text.replace(OTHER_SECTOR_GROUPS, ' ').replace(STUDY_GROUPS, (_, numbers: string) => ` ${numbers.match(/\d{1,2}/g)!.map((n) => `SG${n}`).join(' ')} `);
}

/** A text without the tags of the clauses its actions come from ("(i. SGs 1)"). */
export function withoutClauseTags(text: string): string {
  return text.replace(CLAUSE_TAG, ' ');
}

/** The ITU-T study groups a text names by number, as `SG13`, each once, clause tags aside. */
export function studyGroupsNamed(text: string): string[] {
  return [...new Set(studyGroupNames(withoutClauseTags(text)).match(/\bSG\d{1,2}\b/gi)?.map((g) => g.toUpperCase()) ?? [])];
}

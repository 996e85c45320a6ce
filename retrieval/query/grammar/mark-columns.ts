/**
 * What the question says of each mark column by name: "the goals-met box ticked", "completed
 * unticked", "goals met blank", "a tick under Completed", "nothing in the goals met column". The
 * action plan's table has two mark columns, "Periodic goals met" and "Completed".
 */

/** The state asked of each column: `true` ticked, `false` empty; absent when the column is not named with a state. */
export interface ColumnMarks {
  goals?: boolean;
  completed?: boolean;
  /** The question without the phrases read, for the other readings ("ticked" there is no done word). */
  rest: string;
}

const GOALS_COLUMN = String.raw`(?:periodic[\s-]+)?goals?(?:[\s-]+met)?|periodic[\s-]+goals?`;
const COMPLETED_COLUMN = String.raw`completed?|completion|done|finished`;
const COLUMN_NOUN = String.raw`(?:[\s-]+(?:box|column|col|cell|field|mark|check\s?box|tick\s?box))?`;
/** Words between a column and its state: "is", "still", "left", "has been"; "not" turns the state. */
const LINK = String.raw`(?:\s+(?:is|are|was|were|stays?|remains?|left|still|already|been|has|have|got|gets|not|isn't|aren't|wasn't|currently|now|marked\s+as|as))*`;
const TICKED = String.raw`ticked|checked|marked|filled(?:\s+in)?|√`;
const EMPTY = String.raw`blank|empty|unticked|unchecked|unmarked|unfilled|missing|without\s+(?:a\s+)?(?:tick|mark|check)`;
const STATE = String.raw`(?<ticked>${TICKED})|${EMPTY}`;

/** "the goals-met box ticked", "completed is not ticked", "goals met blank". */
const COLUMN_THEN_STATE = new RegExp(String.raw`\b(?:(?<goals>${GOALS_COLUMN})|${COMPLETED_COLUMN})${COLUMN_NOUN}(?<link>${LINK})\s+(?:${STATE})\b`, 'giu');
/** "a tick in the completed column", "no tick under goals met", "blank under Completed". */
const STATE_THEN_COLUMN = new RegExp(
  String.raw`(?:(?<no>\bno|nothing|(?:without|lack(?:s|ing)?|missing)\s+(?:a|any|the))(?:\s+(?:ticks?|marks?|checks?|check\s?marks?))?|\b(?:a|the|with\s+a|has\s+a|have\s+a)\s+(?<tick>ticks?|marks?|checks?|check\s?marks?)|\b(?:${STATE}))\s+(?:in|under|for|on)\s+(?:the\s+|its\s+|their\s+)?(?:['"‘“])?(?:(?<goals>${GOALS_COLUMN})|${COMPLETED_COLUMN})(?:['"’”])?${COLUMN_NOUN}\b`,
  'giu',
);
/** A column named in quotes or not: "'Completed'", "goals-met". */
const QUOTED = (column: string): string => String.raw`['"‘“]?(?:${column})['"’”]?`;
/**
 * "both boxes ticked", "ticked in (or under) both columns", "two ticks", "both goals met and
 * completed", "ticked under both Periodic goals met and Completed".
 */
const BOTH_TICKED = new RegExp(
  String.raw`\bboth\s+(?:boxes|columns|cells|marks)\s+(?:are\s+|were\s+)?(?:ticked|checked|marked)|\b(?:ticked|checked|marked)\s+(?:in|under|for)\s+both\b|(?<!\b(?:no|without|missing|lack(?:s|ing)?)\s+)\b(?:two|both)\s+(?:ticks|checkmarks|check\s+marks)\b|\bboth\s+(?:(?:marked|ticked|checked)\s+)?(?:as\s+)?${QUOTED(GOALS_COLUMN)}\s+(?:and|&)\s+${QUOTED(COMPLETED_COLUMN)}`,
  'giu',
);
/** "without a goals-met tick", "no 'Completed' mark", "completed without goals met": the column empty. */
const NO_COLUMN = new RegExp(
  String.raw`(?:\bno|\bwithout(?:\s+(?:a|any|the))?|\black(?:s|ing)?(?:\s+(?:a|any|the))?|\bmissing(?:\s+(?:a|any|the))?)\s+(?:(?<goals>${QUOTED(GOALS_COLUMN)})|${QUOTED(COMPLETED_COLUMN)})(?:[\s-]+(?:ticks?|marks?|checks?|check\s?marks?|box|column|cell))?\b`,
  'giu',
);
/** "a completed tick", "with the goals-met mark": the column ticked. */
const COLUMN_TICK = new RegExp(String.raw`\b(?:(?<goals>${QUOTED(GOALS_COLUMN)})|${QUOTED(COMPLETED_COLUMN)})[\s-]+(?:ticks?|check\s?marks?)\b`, 'giu');
const NEGATION = /\b(?:not|isn't|aren't|wasn't)\b/i;
/** "don't have periodic goals met ticked", "still don't have the completed tick": a negation before the column turns its state. */
const NEGATED_BEFORE = /\b(?:don['’]t|do\s+not|doesn['’]t|does\s+not|didn['’]t|haven['’]t|hasn['’]t|not|never)\s+(?:(?:have|has|had|got|get)\s+)?(?:(?:the|a|their|its)\s+)?$/i;

/**
 * Reads the state each mark column is asked in, from phrases that name the column: `{ goals: true,
 * completed: false }` for "periodic goals met ticked but completed box empty". A column named
 * twice with opposite states is left out.
 */
export function readColumnMarks(text: string): ColumnMarks {
  const said: { goals: boolean[]; completed: boolean[] } = { goals: [], completed: [] };
  // Each phrase read is blanked, so that "no goals-met tick" is not read again as "goals-met tick".
  let rest = text;
  const read = (pattern: RegExp, state: (m: RegExpMatchArray) => boolean | undefined, both = false): void => {
    for (const m of rest.matchAll(pattern)) {
      const ticked = state(m);
      if (ticked === undefined) continue;
      if (both || m.groups?.goals) said.goals.push(ticked);
      if (both || !m.groups?.goals) said.completed.push(ticked);
    }
    rest = rest.replace(pattern, (phrase) => ' '.repeat(phrase.length));
  };
  read(BOTH_TICKED, () => true, true);
  read(NO_COLUMN, () => false);
  read(STATE_THEN_COLUMN, (m) => m.groups!.no === undefined && (m.groups!.tick !== undefined || m.groups!.ticked !== undefined));
  read(COLUMN_THEN_STATE, (m) => {
    const ticked = m.groups!.ticked !== undefined;
    // "completed is not ticked", "don't have goals met ticked": a negation turns the state.
    const negated = NEGATION.test(m.groups!.link ?? '') !== NEGATED_BEFORE.test(text.slice(Math.max(0, m.index! - 30), m.index));
    return negated ? !ticked : ticked;
  });
  read(COLUMN_TICK, (m) => !NEGATED_BEFORE.test(text.slice(Math.max(0, m.index! - 30), m.index)));
  const marks: ColumnMarks = { rest };
  for (const column of ['goals', 'completed'] as const) {
    const states = new Set(said[column]);
    if (states.size === 1) marks[column] = [...states][0]!;
  }
  return marks;
}

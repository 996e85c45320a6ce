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
/** "both boxes ticked", "ticked in both columns", "two ticks". */
const BOTH_TICKED = /\bboth\s+(?:boxes|columns|cells|marks)\s+(?:are\s+|were\s+)?(?:ticked|checked|marked)|\b(?:ticked|checked|marked)\s+in\s+both\b|(?<!\b(?:no|without|missing|lack(?:s|ing)?)\s+)\b(?:two|both)\s+(?:ticks|checkmarks|check\s+marks)\b/giu;
const NEGATION = /\b(?:not|isn't|aren't|wasn't)\b/i;

/**
 * Reads the state each mark column is asked in, from phrases that name the column: `{ goals: true,
 * completed: false }` for "periodic goals met ticked but completed box empty". A column named
 * twice with opposite states is left out.
 */
export function readColumnMarks(text: string): ColumnMarks {
  const said: { goals: boolean[]; completed: boolean[] } = { goals: [], completed: [] };
  // A copy without the global flag: `test` on the global pattern would keep its lastIndex.
  if (new RegExp(BOTH_TICKED.source, 'iu').test(text)) {
    said.goals.push(true);
    said.completed.push(true);
  }
  for (const m of text.matchAll(COLUMN_THEN_STATE)) {
    const g = m.groups!;
    // "completed is not ticked": a negation between the column and its state turns the state.
    const ticked = g.ticked !== undefined;
    said[g.goals ? 'goals' : 'completed'].push(NEGATION.test(g.link ?? '') ? !ticked : ticked);
  }
  for (const m of text.matchAll(STATE_THEN_COLUMN)) {
    const g = m.groups!;
    const ticked = g.no === undefined && (g.tick !== undefined || g.ticked !== undefined);
    said[g.goals ? 'goals' : 'completed'].push(ticked);
  }
  const marks: ColumnMarks = { rest: [COLUMN_THEN_STATE, STATE_THEN_COLUMN, BOTH_TICKED].reduce((rest, phrase) => rest.replace(phrase, ' '), text) };
  for (const column of ['goals', 'completed'] as const) {
    const states = new Set(said[column]);
    if (states.size === 1) marks[column] = [...states][0]!;
  }
  return marks;
}

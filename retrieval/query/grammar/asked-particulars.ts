/**
 * Questions that ask for a particular the reports often leave out, and the statements that give
 * it: the person who holds an office ("who's the current SG13 chairman?" → "Mr. Paul Najarian"),
 * and where or when a named event takes place ("where and when is WRC-27 going to be held?" →
 * "in Kigali, Rwanda, from 6 to 16 June 2022"). The reports name offices without their holders
 * and future events only by their agenda; the record that names them is then no answer.
 */

/** "who's the current SG13 chairman?", "who is the TSB Director", "name of the TSAG chair". */
const ASKS_FOR_OFFICE_HOLDER =
  /\b(?:who(?:'s|’s|\s+is|\s+was|\s+are)\s+(?:the\s+)?|(?:name|names)\s+of\s+the\s+)(?:current\s+|new\s+|present\s+|incoming\s+|outgoing\s+)?(?:[\w-]+\s+){0,2}?(?:chair(?:man|woman|person)?|vice-?chair(?:man|woman|person)?s?|director|secretary-general|deputy secretary-general|president|convenor)\b/i;
/** "Mr. Paul Najarian", "Dr Ahmed", "Chaesub Lee, Director" is too rare to pattern: titles carry a name. */
const PERSON_NAME = /\b(?:Mr|Ms|Mrs|Dr|Prof|Mme|Sir)\.?\s+\p{Lu}\p{Ll}+/u;

/** Whether the question asks who holds an office, a person's name being the answer. */
export function asksForOfficeHolder(question: string): boolean {
  return ASKS_FOR_OFFICE_HOLDER.test(question);
}

/** Whether a text names a person by title and name. */
export function statesPersonName(text: string): boolean {
  return PERSON_NAME.test(text);
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const ASKS_WHEN = /\bwhen\b|\bwhat (?:date|dates|year|month)\b/i;
const ASKS_WHERE = /\bwhere\b|\bwhich (?:country|city|venue|place)\b/i;
/** A month or a year standing alone, not the number of an event ("WRC-23"). */
const DATE = new RegExp(String.raw`\b${MONTH}\b|(?<![\w-])(?:19|20)\d\d\b`, 'i');
const CAPITALISED_MONTH = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;
/** "in Kigali", "at Geneva", "hosted by Rwanda"; a month is a date, not a place ("in June"). */
const PLACE = new RegExp(String.raw`\b(?:in|at|hosted by)\s+(?!${CAPITALISED_MONTH.source})\p{Lu}\p{Ll}+`, 'u');

/** "where and when is WRC-27…", "when was WTDC-22 held", "where did WTSA-20 take place": the event is what where / when asks of. */
function asksWhereOrWhenOf(question: string, event: string): boolean {
  const escaped = event.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    String.raw`\b(?:where|when)(?:\s+and\s+(?:where|when))?(?:'s|’s|\s+(?:is|was|will|are|were|did|does|do))?\s+(?:the\s+)?(?:next\s+)?${escaped}(?![\w-])`,
    'i',
  ).test(question);
}

/**
 * Whether a sentence gives the place or the date a question asks of a named event (`wrc-27`);
 * `undefined` when the question asks neither of it ("where's the list of meetings since WTSA-16?"
 * asks where a list is). Either one answered is enough for "where and when".
 */
export function answersWhereOrWhen(question: string, event: string, sentence: string): boolean | undefined {
  if (!asksWhereOrWhenOf(question, event)) return undefined;
  const when = ASKS_WHEN.test(question);
  const where = ASKS_WHERE.test(question);
  return (when && DATE.test(sentence)) || (where && PLACE.test(sentence));
}

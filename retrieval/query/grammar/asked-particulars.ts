import escapeStringRegexp from 'escape-string-regexp';

/**
 * Questions that ask for a particular the reports often leave out, and the statements that give
 * it: the person who holds an office ("who's the current SG13 chairman?" → "Mr. Paul Najarian"),
 * who won a competition ("Jamaica won the regional event"), and where or when a named event
 * takes place ("where and when is WRC-27 going to be held?" → "in Kigali, Rwanda, from 6 to 16
 * June 2022"). The reports name offices without their holders, competitions without their
 * winners and future events only by their agenda; the record that names them is then no answer.
 */

/**
 * "who's the current SG13 chairman?", "who is the TSB Director", "who's the TSB boss", "who chairs
 * SG2", "name of the TSAG chair", "the name of the staff member posted to…".
 */
const ASKS_FOR_OFFICE_HOLDER = [
  /\bwho(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:current\s+|new\s+|present\s+|incoming\s+|outgoing\s+)?(?:[\w'’-]+\s+){0,4}?(?:chair(?:man|woman|person|men|women|persons)?|vice-?chair(?:man|woman|person|men|women|persons)?s?|director|secretary-general|deputy secretary-general|president|convenor|head|chief|boss|contact\s+(?:person|point)|focal\s+point|liaison\s+(?:officer|rapporteur|person))\b/i,
  // Not "who leads the work on…", which a study group answers.
  /\bwho\s+(?:currently\s+)?(?:chairs|chaired|co-chaired|heads|headed|presides\s+over|presided\s+over)\s+(?:the\s+)?(?:ITU|TSB|BDT|BR|TSAG|SG\s?-?\d+|FG|JCA|study\s+group|(?:[\w-]+\s+){0,3}(?:office|bureau|sector|union|group|council|conference|assembly|forum|committee|meeting|session|workshop|symposium|panel|activity))\b/i,
  // "Who presided over WTSA-20?", "who chaired the CCT?": an acronym names the body (case kept).
  /\b[Ww]ho\s+(?:currently\s+)?(?:chairs|chaired|co-chaired|heads|headed|presides\s+over|presided\s+over)\s+(?:the\s+)?[A-Z]{2,}/,
  /\bnames?\s+of\s+(?:the|this|that|a)\s+(?:[\w-]+\s+){0,4}?(?:(?:vice-?)?chair\w*|director|president|head|member|person|official|officer|expert|employee|representative|staff)\b/i,
];
/** "Who heads the study group work on QoS?", "who heads ITU's work on cybersecurity?": a body answers, not a person. */
const ABOUT_WORK = /^(?:'s|’s)?\s*(?:[\w-]+\s+)?(?:work|activities|programme|program|efforts|studies)\b/i;
/** Case is kept (names are told by their capitals), so each office word takes either case. */
const OFFICE = String.raw`(?:[Cc]hair(?:man|woman|person)?|[Cc]o-chair|[Dd]irector|[Ss]ecretary-[Gg]eneral|[Pp]resident|[Cc]onvenor|[Hh]ead)`;
const NAME = String.raw`\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)+`;
/**
 * A holder as the reports name one: by title ("Mr. Paul Najarian", "H.E. Professor Isa Ali
 * Ibrahim"), beside the office ("FG ML5G chairman, Slawomir Stanczak", "Houlin Zhao /
 * Secretary-General"), after "chaired by" / "headed by" (a person, an office or a country), or as
 * an organisation in the chair ("ITU has been the co-chair").
 */
const PERSON_NAME = new RegExp(
  String.raw`\b(?:Mr|Ms|Mrs|Dr|Prof|Professor|Mme|Sir|H\.E)\.?\s+\p{Lu}\p{Ll}+|\b${OFFICE}\s*[,:/–]?\s+${NAME}|${NAME}\s*[,/–]\s*(?:the\s+)?${OFFICE}\b|\b(?:chaired|co-chaired|headed|led|presided)\s+(?:over\s+)?by\s+(?:the\s+)?\p{Lu}|\bpresidency\s+of\s+\p{Lu}|\b\p{Lu}{2,}\s+(?:has\s+been|is|was|became)\s+(?:the\s+)?(?:co-)?chair`,
  'u',
);

/** Whether the question asks who holds an office, a person's name being the answer. */
export function asksForOfficeHolder(question: string): boolean {
  return officeHolderClause(question) !== undefined;
}

/** "according to the action plan", "in the 2021 RO report", "per the BaAP report": where to look, not whose office. */
const REPORT_REFERENCE = /\b(?:according\s+to|as\s+per|per|in|from)\s+the\s+(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+){0,3}?(?:report|action\s+plan|plan|document)\b/gi;

/** A clause without the report it names as the place to look ("who's the TSB director according to the action plan"). */
export function withoutReportReference(clause: string): string {
  return clause.replace(REPORT_REFERENCE, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The clause of the question that asks who holds an office, where the office's body is named
 * ("who's the current SG13 chairman" of "…? need a name for an invitation letter"); undefined when
 * the question asks no such thing.
 */
export function officeHolderClause(question: string): string | undefined {
  for (const pattern of ASKS_FOR_OFFICE_HOLDER) {
    const match = pattern.exec(question);
    if (!match || ABOUT_WORK.test(question.slice(match.index + match[0].length))) continue;
    const start = Math.max(0, ...[...question.slice(0, match.index).matchAll(CLAUSE_END)].map((m) => m.index + m[0].length));
    const end = question.slice(match.index + match[0].length).search(CLAUSE_END);
    return question.slice(start, end < 0 ? undefined : match.index + match[0].length + end);
  }
  return undefined;
}
/** Where a question's clause ends: "?", "!", ";", or a dash set apart ("SG13 chair - need a name"). */
const CLAUSE_END = /[?!;]|\s[-–—]\s/g;

/** Whether a text names who holds an office (see `PERSON_NAME`). */
export function statesPersonName(text: string): boolean {
  return PERSON_NAME.test(text);
}

const ASKS_WHEN = /\bwhen\b|\bwhat (?:date|dates|year|month)\b|\b(?:the\s+)?dates?\s+(?:of|for)\b/i;
/** "which country hosted…" asks where; "which country signed…" asks who. */
const ASKS_WHERE = /\bwhere\b|\bwhich (?:country|city|venue|place)\s+(?:hosted|hosts|held|holds|was|were|is|will|did)\b|\bin which (?:country|city)\b|\bvenue\b/i;
/** "who won the 2021 competition…", "the winners of the hackathon", "which team won…". */
const ASKS_FOR_WINNER = /\bwho\s+(?:won|were\s+the\s+winners?|was\s+the\s+winner)\b|\bwinners?\s+of\b|\bwhich\s+(?:[\w-]+\s+){1,2}?won\b/i;
/**
 * A winner named: "Jamaica won the regional event", "won by Kenya", "the winner was Durban-based
 * …", "winning teams were from Ghana". "Helped shortlist the finalists and winners" names none.
 */
const WINNER = /\p{Lu}[\p{L}-]+\s+won\b|\bwon\s+by\s+(?:the\s+)?\p{Lu}|\bwinners?\s+(?:was|were|is|are|included?|includes)\s+(?:the\s+)?\p{Lu}|\bwinning\s+(?:[\w-]+\s+){0,2}(?:was|were|is|are|came\s+from|from)\s+(?:the\s+)?\p{Lu}/u;

/** Whether the question asks who won something, a winner's name being the answer. */
export function asksForWinner(question: string): boolean {
  return ASKS_FOR_WINNER.test(question);
}

/** Whether a sentence names a winner (see `WINNER`). */
export function statesWinner(sentence: string): boolean {
  return WINNER.test(sentence);
}

const CAPITALISED_MONTH = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;
/** A month (capitalised: "may" is a verb) or a year standing alone, not the number of an event ("WRC-23"). */
const DATE = new RegExp(String.raw`\b${CAPITALISED_MONTH.source}|(?<![\w-])(?:19|20)\d\d\b`);
/** Words after "in" that are no place: "in June", "in Region 1", "in Resolution 812". */
const NOT_PLACE = String.raw`(?:${CAPITALISED_MONTH.source}|Region|Resolution|Recommendation|Annex|Section|Article|Study|Question|Part|Phase)`;
/**
 * "in Kigali", "at Geneva", "hosted by Rwanda", "(WRC-19), Sharm el-Sheikh, Egypt" (a place after
 * the event's name), "ATU-1, 4 - 7 March 2019, Rabat" (after its name and date), "held online",
 * "a fully virtual event" (not an "online experience").
 */
const PLACE = new RegExp(String.raw`\b(?:in|at|hosted by)\s+(?!${NOT_PLACE}\b)\p{Lu}\p{Ll}+|\b[A-Z]{2,6}-\d{1,4}\)?\s*,\s*(?:[^,.;]{1,40},\s*)?(?!${NOT_PLACE}\b)\p{Lu}\p{Ll}+|\b(?:held|took place|organi[sz]ed|convened)\s+(?:\w+\s+)?(?:online|virtually|remotely)\b|\b(?:online|virtual)\s+(?:meeting|event|format|edition|conference|session)s?\b`, 'u');

/** The forms a where / when question asks for: a date, a place, or both; none for other questions. */
function askedForms(question: string): RegExp[] {
  return [ASKS_WHEN.test(question) && DATE, ASKS_WHERE.test(question) && PLACE].filter((form): form is RegExp => form !== false);
}

/**
 * "where and when is WRC-27…", "when was WTDC-22 held", "where did WTSA-20 take place", "WTPF-21 -
 * when was it held?": the event is what where / when asks of.
 */
export function asksWhereOrWhenOf(question: string, event: string): boolean {
  const escaped = escapeStringRegexp(event);
  return (
    new RegExp(
      String.raw`\b(?:(?:where|when)(?:\s+and\s+(?:where|when))?(?:'s|’s|\s+(?:is|was|will|are|were|did|does|do))?|in\s+which\s+(?:city|country)\s+(?:is|was|will|did)|what\s+(?:are|were)\s+the\s+dates\s+of|(?:dates?|venue)\s+(?:of|for))\s+(?:the\s+)?(?:next\s+)?${escaped}(?![\w-])`,
      'i',
    ).test(question) ||
    new RegExp(String.raw`^\s*(?:the\s+)?${escaped}(?![\w-])\s*[-–—:,]\s*(?:where|when)(?:\s+and\s+(?:where|when))?\s+(?:is|was|will|did|does)\s+(?:it|that|this)\b`, 'i').test(question)
  );
}

/**
 * How a sentence answers the place or the date a question asks of a named event (`wrc-27`):
 * `none`, `some` (one of "where and when") or `all`; `undefined` when the question asks neither of
 * it ("where's the list of meetings since WTSA-16?" asks where a list is).
 */
export function answersWhereOrWhen(question: string, event: string, sentence: string): 'none' | 'some' | 'all' | undefined {
  if (!asksWhereOrWhenOf(question, event)) return undefined;
  const asked = askedForms(question);
  const answered = asked.filter((form) => form.test(sentence)).length;
  return answered === 0 ? 'none' : answered === asked.length ? 'all' : 'some';
}

/**
 * "(WTDC-22) was organized successfully in Kigali…", "took place on 26 February 2021": the verb
 * that says an event happened, shortly after its name. "WTDC-22 featured … the Partner2Connect
 * Digital Development Roundtable, held as an integral part of the conference on 7-9 June 2022"
 * dates another event. A list of meetings gives the date right after the name: "· ATU-2, 7 - 11
 * October 2019, Entebbe, Uganda".
 */
const OCCURRENCE = new RegExp(
  String.raw`^[^.;:]{0,40}?\b(?:held|hold|holds|took place|take place|takes place|taking place|organi[sz]ed|convened|met|hosted|opened|(?:was|is|will be)\s+(?:in|on|from))\b|^\)?\s*[,:(–-]\s*(?:from\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+${CAPITALISED_MONTH.source}`,
  'i',
);

/**
 * "Where was the ITU-UNESCO Digital Inclusion Week held in 2019?": whether a sentence says that the
 * thing at `at` (the offset of its rarest word: "ITU-UNESCO") took place and gives all the
 * question asks of it, the place, the date or both ("…Digital Inclusion Week that took place in
 * Baghdad, Iraq, from 22 to 25 September 2019"). False when the question asks neither.
 */
export function answersWhereOrWhenAt(question: string, sentence: string, at: number): boolean {
  const asked = askedForms(question);
  // A quoted title's own punctuation ("“Accessible Europe: ICTs 4 ALL” took place…") ends no clause.
  const rest = sentence.slice(at).replace(/^[\p{L}\d-]+/u, '').replace(/[“”"][^“”"]{1,80}[“”"]/gu, '“”');
  if (asked.length === 0) return false;
  const started = asksWhenStarted(question);
  if (started && STARTED_BY.test(sentence.slice(0, at))) return asked.every((form) => form.test(sentence));
  const happened = started ? START.test(rest) : OCCURRENCE.test(rest);
  return happened && asked.every((form) => form.test(rest));
}

/** The verbs that say something began: "set up", "launched", "created", "founded", "opened", "kicked off". */
const START_VERB = String.raw`(?:set[\s-]+up|launch(?:ed|es)?|creat(?:ed|es)|establish(?:ed|es)?|founded|introduc(?:ed|es)|start(?:ed|s)?|inaugurat(?:ed|es)|formed|opened|beg[au]n|kick(?:ed|s)?\s+off|came\s+into\s+(?:being|force|operation)|entered\s+into\s+force)`;
/**
 * "when was EGTI set up?", "what year was ITU established?", "AI for Road Safety – when was it
 * launched?": the date asked is when the thing began, not when it met or reported since.
 */
const ASKS_WHEN_STARTED = new RegExp(String.raw`\b(?:when|(?:what|which)\s+year|since\s+when)\b[^?.!]*?\b(?:${START_VERB}|set[\s-]+it\s+up|launch|create|establish|found|introduce|start|inaugurate|form|open|begin|kick\s+off)\b`, 'i');
/**
 * A beginning said shortly after the thing's name: "(EGTI) was created in May 2009", "AI for Road
 * Safety initiative: Launched in October 2021" (a colon may come between).
 */
const START = new RegExp(String.raw`^\)?[^.;]{0,40}?\b${START_VERB}\b`, 'i');

/** A beginning said just before the thing's name: "The February/March 2018 TSAG meeting established TSAG RG-ResReview". */
const STARTED_BY = new RegExp(String.raw`\b${START_VERB}\s+(?:(?:the|a|an|its|their|new)\s+)*(?:[\p{L}\d-]+\s+){0,2}$`, 'iu');

/**
 * The words a question asks when something began with, which name no subject the answer must
 * share; keyword terms meet their other forms ("started", "began"), "founded" is not "found".
 */
export const START_ASKING_WORDS = 'start begin launch create establish founded introduce open set form inaugurate kick';

/** Whether the question asks when something began (see `ASKS_WHEN_STARTED`). */
export function asksWhenStarted(question: string): boolean {
  return ASKS_WHEN_STARTED.test(question);
}

/**
 * Whether a sentence gives a date (a month or a year): "since 2006", "first held in 2019",
 * "(Rev. Hammamet, 2016) since its first adoption…" may tell when a thing began in words no
 * verb list foresees, so any date will do where only its absence is to be told.
 */
export function givesDate(sentence: string): boolean {
  return DATE.test(sentence);
}

/** Words asking what a meeting decided: "what did WRC-23 decide…", "end up deciding", "the outcomes of WTSA-20". */
const OUTCOME_ASKED = String.raw`(?:decid\w*|adopt\w*|approv\w*|agree\w*|conclud\w*|resolv\w*|achiev\w*|identif\w*|elect\w*|endors\w*|come\s+up\s+with|produc\w*)`;
/** A meeting's own outcome, said shortly after its name: "WTSA-20 revised 36 Resolutions, adopted two…". */
const OUTCOME = /^\)?[^.;:]{0,40}?\b(?:decided|adopted|approved|agreed|concluded|resolved|identified|revised|established|elected|endorsed|produced|delivered|suppressed|outcomes?\b|results?\b|decisions?\b)/i;

/**
 * Whether a question asks what a numbered event (lower-cased, `wrc-23`) decided: "what did WRC-23
 * end up deciding on…", "what has WTSA-24 adopted", "the outcomes of WTDC-22".
 */
export function asksOutcomeOf(question: string, event: string): boolean {
  const escaped = escapeStringRegexp(event);
  return new RegExp(
    String.raw`\bwhat\s+(?:did|has|have|will|was)\s+(?:the\s+)?${escaped}(?![\w-])\s+(?:[\w-]+\s+){0,2}?${OUTCOME_ASKED}|\b(?:outcomes?|results?|decisions?)\s+(?:of|from|at)\s+(?:the\s+)?${escaped}(?![\w-])`,
    'i',
  ).test(question);
}

/** An outcome said before the meeting's name: "the Kigali Action Plan adopted by WTDC-22". */
const OUTCOME_BY = /\b(?:decided|adopted|approved|agreed|endorsed|elected|established|revised)\s+(?:\w+\s+)?(?:by|at)\s+(?:the\s+)?$/i;

/** Whether a sentence says what the event (lower-cased, `wtsa-20`) itself decided (see `OUTCOME`, `OUTCOME_BY`). */
export function statesOutcomeOf(sentence: string, event: string): boolean {
  const lower = sentence.toLowerCase();
  for (let at = lower.indexOf(event); at >= 0; at = lower.indexOf(event, at + 1)) {
    if (OUTCOME.test(sentence.slice(at + event.length)) || OUTCOME_BY.test(sentence.slice(0, at))) return true;
  }
  return false;
}

/** The verbs a where / when question asks with: "held", "hosted", "take place", "happen". */
const OCCURRENCE_VERBS = /\b(?:held|hold|holds|holding|hosted|hosts?|hosting|took\s+place|takes?\s+place|taking\s+place|happen(?:s|ed|ing)?|organi[sz]ed|convened|met|meet)\b/gi;

/**
 * A where / when question without the verbs it asks with ("Where was Kaleidoscope 2019 held?" →
 * "Where was Kaleidoscope 2019?"): the record answering says "hosted by…" or "took place" as it
 * will, so these are no words it must hold. Other questions are returned as they are.
 */
export function withoutOccurrenceVerbs(question: string): string {
  return ASKS_WHEN.test(question) || ASKS_WHERE.test(question) ? question.replace(OCCURRENCE_VERBS, ' ').replace(/\s+/g, ' ').trim() : question;
}

/** The words after which an event dates what is asked from behind. */
const AFTER = String.raw`after|since|following`;

/**
 * Whether a numbered event only dates the question ("which official did the office meet before
 * WTSA-20?", "ahead of WTDC-22", "in the run-up to PP-22", "since WTSA-16"): the answer need not name it.
 */
export function onlyDatesQuestion(question: string, event: string): boolean {
  return new RegExp(String.raw`\b(?:before|ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to|in\s+preparation\s+for|${AFTER})\s+(?:the\s+)?${escapeStringRegexp(event)}(?![\w-])`, 'i').test(question);
}

/** "after WTSA-16", "since WTDC-17", "following PP-18": a numbered event after which what is asked happened. */
const AFTER_EVENT = new RegExp(String.raw`\b(?:${AFTER})\s+(?:the\s+)?[A-Z]{2,6}-\d{2,4}(?![\w-])`, 'g');

/**
 * A question without the numbered events that only date it from behind ("how many meetings did
 * the QSDG hold after WTSA-16?"): the assembly's name, spelled out by the glossary, would draw the
 * search to the records about the assembly. "Ahead of WTSA-20" stays: preparing for the event is
 * often the topic ("regional meetings ahead of WTSA-20").
 */
export function withoutDatingEvents(question: string): string {
  return question.replace(AFTER_EVENT, ' ');
}

/** A verb saying something took place, anywhere in a sentence: "The Sixth World Telecommunication Policy Forum, held virtually from…". */
const TOOK_PLACE = /\b(?:held|took place|takes place|organi[sz]ed|convened|hosted)\b/i;

/** Whether a sentence says that something took place, whatever it names. */
export function saysTookPlace(sentence: string): boolean {
  return TOOK_PLACE.test(sentence);
}

/** Whether a sentence says that the event (lower-cased, `wtdc-22`) took or takes place (see `OCCURRENCE`). */
export function statesOccurrenceOf(sentence: string, event: string): boolean {
  const lower = sentence.toLowerCase();
  for (let at = lower.indexOf(event); at >= 0; at = lower.indexOf(event, at + 1)) {
    if (OCCURRENCE.test(sentence.slice(at + event.length))) return true;
  }
  return false;
}

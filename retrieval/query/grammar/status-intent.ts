/**
 * Status filters and list intent, anywhere in the sentence and in ITU's six languages:
 * "anything ticked completed under Resolution 69?", "Res 65 – what's still open?",
 * "which items have nothing reported, no tick in either column?", "items pegged to a TSAG or
 * Council milestone", "quelles actions sont terminées ?", "¿qué acciones siguen pendientes?".
 */

import { readColumnMarks } from './mark-columns.js';

export type StatusFilter =
  | 'completed'
  | 'not-completed'
  | 'goals-met'
  | 'goals-not-met'
  | 'ongoing'
  | 'dated'
  | 'needs-attention'
  | 'milestone-names';

/** The filters on the two mark columns, which a milestone filter can be combined with. */
export type MarkFilter = Extract<StatusFilter, 'completed' | 'not-completed' | 'goals-met' | 'goals-not-met' | 'needs-attention'>;

export interface StatusIntent {
  status?: StatusFilter;
  /** With a milestone filter (`milestone-names`, `ongoing`, `dated`): a mark filter asked for as well ("completed items with a Council milestone"). */
  marks?: MarkFilter;
  /** With `milestone-names`: the bodies or years the milestone must name, e.g. `["TSAG", "Council"]`, `["2020"]`. */
  milestoneNames: string[];
  /** The answer is a set of items ("which items…", "list…", "anything completed…"), not one. */
  wantsList: boolean;
  /** Every item is asked for ("all the action items", "the full list"), whatever else the question names. */
  wantsAll: boolean;
}

/**
 * "done", but not work under way or still to do: "anything being done to help…", "what's been
 * done about spam?", "what remains to be done?", nor work asked about: "what has ITU done on…".
 */
const DONE_WORD = String.raw`(?<!\b(?:being|been|be)\s)(?<!\bwhat\s+(?:has|have|had)\s+(?:[\w'’-]+\s+){1,4})done(?!\s+(?:about|regarding|to(?!\s+date))\b)`;
const DONE = String.raw`(?:compl[ea]{0,2}t(?:ed|e|d)|${DONE_WORD}|finish(?:ed)?|closed(?:\s+out)?|signed\s+off|ticked(?:\s+(?:off|done|completed))?|achieved|terminé\w*|achevé\w*|complété\w*|fini\w*|clôturé\w*|réalisé\w*|completad\w*|terminad\w*|cerrad\w*|finalizad\w*|concluid\w*|заверш[её]н(?!и[еяюим])\p{L}*|выполн[её]н(?!и[еяюим])\p{L}*|закрыт\p{L}*|已完成|完成了|(?:ال)?مكتمل\w*|(?:ال)?منجز\w*|[اتي]كتمل\w*|(?:ال)?اكتمال)`;
/** A "done" word anywhere, not inside another word. */
const DONE_ANYWHERE = new RegExp(String.raw`(?<!\p{L})${DONE}`, 'iu');
/** Negation close before the "done" word: "not (yet) (been) (marked) completed", "haven't been closed", "haven't been signed off as completed". */
const NOT_DONE = new RegExp(
  String.raw`(?:\b(?:not|never|n't|no(?!\.?\s*\d)|non|yet to be|sin|sans)\b|n't|\bpas\b|(?<!\p{L})не(?!\p{L})|未|没有|尚未|还没|غير|لم)[\s-]*(?:\S+\s+){0,4}?${DONE}`,
  'iu',
);
const OPEN_WORDS = /\b(?:(?:still|are|is|remains?|remaining|left|what's|whats|anything|everything)\s+open|(?:items?|actions?|ones?|tasks?)\s+(?:still\s+)?remain\b|open\s+(?:res(?:olution)?\.?\s*\d+\s+)?(?:action\s+)?(?:items?|actions?|tasks?|ones?)|(?:marked|ticked|shown|listed|flagged)\s+(?:as\s+)?open|pending|outstanding|unfinished|incomplete|not\s+yet\s+done|(?:remains?|left|still|yet)\s+to\s+be\s+(?:done|completed|finished)|in\s+progress|still\s+running|under\s*way|remaining|left\s+to\s+do|to-do|en\s+cours|non\s+termin\w*|(?:restent|reste)\s+à\s+faire|en\s+suspens|pendientes?|por\s+hacer|(?<!c[oó]digo\s|fuente\s)abiert[oa]s?(?!\s+(?:c[oó]digo|fuente))|(?<!code\s|source\s)ouverte?s?(?!\s+(?:code|source))|sin\s+completar|(?:completed?|done)\s+(?:box|column|cell)\s+(?:(?:is|still|left|stays?|remains?)\s+)*(?:empty|blank|unticked|unchecked)|(?:empty|blank|unticked|unchecked)\s+(?:(?:in|under)\s+(?:the\s+)?)?(?:completed?|done)\s+(?:box|column|cell))\b|незаверш[её]нн?\p{L}*|невыполн[её]нн?\p{L}*|открыт\p{L}*(?!\p{L})(?!\s+(?:исходн|код))|(?:未|没有|尚未|还没有?)完成|(?<!المصدر\s(?:ال)?)(?:ال)?مفتوح\p{L}*(?!\p{L})(?!\s+المصدر)|(?:ال)?معلق\p{L}*/iu;
const NO_MARKS =
  /\b(?:neither\b[^?.!]{0,60}\bnor\b|no\s+(?:tick|mark|check|check\s?mark)s?\b(?!\s+(?:in|under|on|for)\s+(?:the\s+)?(?:completed?|done|periodic|goals?)\b)|(?:missing|lack(?:s|ing)?)\s+(?:both|all|any)\s+(?:ticks?|marks?|checks?|check\s?marks?)|nothing\s+(?:reported|ticked|marked)|neither\s+(?:column|box|mark)|(?:lacking|without)\s+(?:any\s+)?(?:ticks?|marks?|checks?)|both\s+columns?\s+(?:blank|empty)|(?:blank|empty|unticked|unchecked|unmarked)\s+(?:in|under|across|for)\s+(?:both|each|the\s+two)\b|(?:completely|totally|entirely|fully|wholly)\s+(?:unmarked|unticked|blank)|(?:boxes|columns|cells)\s+(?:are\s+|were\s+|left\s+|still\s+|both\s+)*(?:blank|empty|unticked|unchecked)|(?:blank|empty|unticked|unchecked)\s+(?:boxes|columns|cells)|neither\s+(?:tick|mark)|need(?:s|ing)?\s+attention|behind|lagging|stalled|to\s+chase|aucune?\s+(?:coche|marque)|(?:sin|ninguna)\s+marca\w*(?!\s+como))\b|требу\p{L}*\s+внимани\p{L}*|без\s+отмет\p{L}*|需要关注|没有(?:任何)?标记|未标记|无标记|(?:بدون|دون|لا\s+توجد)\s+علام\p{L}*|(?:خانتا\p{L}*|الخانتين|العمودين|العمودان)\s+(?:\p{L}+\s+)?فارغ\p{L}*|(?:两|二)?(?:栏|列|个框)?都(?:没有|没|未)(?:打勾|打钩|勾选|标记)|均未(?:打勾|打钩|勾选|标记)|\baucune\s+des\s+deux\s+(?:colonnes|cases)\b|\bninguna\s+de\s+las\s+dos\s+(?:columnas|casillas)\b|\bni\b[^?.!]{0,60}\bni\b|(?<!\p{L})ни(?!\p{L})[^?.!]{0,60}(?<!\p{L})ни(?!\p{L})|ни\s+в\s+одной\s+(?:из\s+)?(?:двух\s+)?(?:колон|граф)\p{L}*/iu;
const ONGOING = /\b(?:ongoing|continuous|permanent|en\s+continu|permanente?s?|continu[oa]s?|en\s+curso)\b|постоянн\p{L}*|текущ\p{L}*|持续|مستمر/iu;
/**
 * "not ongoing", "non-ongoing", "other than Ongoing", "excluding those with an ongoing milestone", "a
 * fixed deadline": the milestone names a date or a meeting rather than saying Ongoing.
 */
const DATED = new RegExp(
  String.raw`(?:\b(?:not|non|isn't|aren't|other\s+than|rather\s+than|instead\s+of|excluding|except(?:\s+for)?|apart\s+from|en\s+(?:lugar|vez)\s+de|au\s+lieu\s+de|plutôt\s+que|no(?!\.?\s*\d)|pas|ni)\b|n't|(?<!\p{L})(?:не|кроме|вместо)(?!\p{L})|而不是|而非|不是|非|بدلا?ً?\s+من|غير|ليست?)[\s\-'"‘’“”«»]*(?:(?:marked|label+ed|listed|flagged|set|shown|as|an?|the|those|ones|items|with|having|yet|still|really|just|only|simply|merely|comme|como|как)[\s'"‘’“”«»]+){0,3}(?:${ONGOING.source})|\b(?:fixed|firm|hard|set|specific|dated|concrete|real|actual)\s+(?:deadlines?|milestones?|due\s+dates?|dates?)\b|\b(?:date|échéance|fecha)s?\s+(?:fixe|précise|concreta|fija)s?\b`,
  'iu',
);
const MILESTONE = /(?<!\p{L})(?:milestones?|deadlines?|due|pegged|jalons?|hitos?|échéances?|plazos?)(?!\p{L})|срок\p{L}*|этап\p{L}*|(?<!\p{L})вех\p{L}*|里程碑|期限|(?:ال)?معلم|موعد\p{L}*/iu;
/** "periodic goals met", "met their goals", "objectifs périodiques atteints": the first mark column. */
const GOALS_MET =
  /\b(?:(?:periodic\s+)?goals?\s+(?:\S+\s+)?(?:met|achieved|reached|ticked)|(?:met|achieved|reached)\s+(?:their\s+|its\s+|the\s+)?(?:periodic\s+)?goals?|objectifs?\s+(?:périodiques?\s+)?(?:atteints?|remplis)|(?:atteint|rempli)\s+(?:leurs?|ses|les)\s+objectifs|objetivos?\s+(?:periódicos?\s+)?(?:cumplidos?|alcanzados?|logrados?))\b|цел\p{L}*\s+(?:\p{L}+\s+)?достигнут\p{L}*|(?:阶段性|定期)?目标已(?:实现|达到|完成)|الأهداف\s+(?:الدورية\s+)?(?:المحققة|تحققت|محققة)/iu;
/** "not met their goals", "no periodic goal met", "goals not met": the first mark column is empty. */
const GOALS_NOT_MET =
  /\b(?:no\s+(?:periodic\s+)?goals?\s+met|no\s+(?:tick|mark|check)s?\s+(?:in|under|on)\s+(?:the\s+)?(?:periodic\s+)?goals?|(?:no|without\s+(?:a|any))\s+(?:periodic\s+)?goals?\s+(?:tick|mark|check)s?|pas\s+(?:d'|de\s+|les\s+|leurs?\s+|ses\s+)?objectifs?\s+(?:périodiques?\s+)?(?:atteints?|remplis)|(?:no\s+tienen|sin)\s+(?:ninguna\s+)?marca\s+de\s+objetivos|(?:periodic\s+)?goals?\s+(?:\S+\s+)?not\s+(?:(?:yet|been|marked|ticked|shown|as)\s+)*(?:met|achieved|reached)|(?:not|n't|never)\s+(?:yet\s+)?(?:met|achieved|reached)\s+(?:their\s+|its\s+|the\s+)?(?:periodic\s+)?goals?|(?:missed|miss(?:es|ing)?|failed\s+to\s+(?:meet|reach|achieve)|fell\s+short\s+(?:of|on))\s+(?:their\s+|its\s+|the\s+)?(?:periodic\s+)?goals?|(?:periodic\s+)?goals?(?:[\s-]+met)?\s+(?:box|column|cell)\s+(?:(?:is|still|left|stays?|remains?)\s+)*(?:empty|blank|unticked|unchecked)|(?:empty|blank|unticked|unchecked)\s+(?:(?:in|under)\s+(?:the\s+)?)?(?:periodic\s+)?goals?(?:[\s-]+met)?\s+(?:box|column|cell)|(?:no|lack(?:s|ing)?\s+(?:a|any)|missing\s+(?:a|the))\s+(?:tick|mark|check)\s+(?:for|in|under)\s+(?:the\s+)?(?:periodic\s+)?goals?)\b|n't\s+(?:yet\s+)?(?:met|achieved|reached)\s+(?:their\s+|its\s+|the\s+)?(?:periodic\s+)?goals?|objectifs?\s+(?:périodiques?\s+)?(?:non|pas|ne\s+sont\s+pas)\s+(?:encore\s+)?(?:atteints?|remplis)|sans\s+(?:aucun\s+)?objectifs?\s+(?:périodiques?\s+)?(?:atteints?|remplis)|objetivos?\s+(?:periódicos?\s+)?(?:no|sin)\s+(?:se\s+han\s+)?(?:cumplidos?|cumplir|alcanzados?|alcanzar|logrados?)|sin\s+(?:ning[uú]n\s+)?objetivos?\s+(?:periódicos?\s+)?(?:cumplidos?|alcanzados?|logrados?)|цел\p{L}*\s+(?:\p{L}+\s+)?не\s+достигнут\p{L}*|目标(?:未|没有|尚未)(?:实现|达到|完成)|(?:未|没有)(?:实现|达到)(?:阶段性|定期)?目标|(?:لم\s+تتحقق|غير\s+المحققة|غير\s+محققة)/iu;
/** A year a milestone may name ("milestone 2020", "due at WTSA in 2024"). */
const MILESTONE_YEAR = /(?<!\d)(20\d\d)(?!\d)/g;
const MILESTONE_BODIES: [string, RegExp][] = [
  ['TSAG', /\b(?:TSAG|GCNT|GANT)\b|КГСЭ|电信标准化顾问组|الفريق الاستشاري لتقييس الاتصالات/iu],
  ['Council', /\b(?:council|conseil|consejo)\b|совет\p{L}*|理事会|المجلس/iu],
  ['WTSA', /\b(?:WTSA|AMNT)\b|ВАСЭ/iu],
  ['Plenipotentiary', /\b(?:plenipotentiary|PP-\d{2}|pl[ée]nipotentiaires?|plenipotenciarios)\b/iu],
];

/**
 * Whether a word of the question or of a milestone cell names the body in one of its forms
 * ("GANT" and "TSAG", "Совет" and "Council", "PP-18" and "Plenipotentiary").
 */
export function namesMilestoneBody(text: string, body: string): boolean {
  return MILESTONE_BODIES.some(([name, pattern]) => name === body && pattern.test(text));
}

/** "ongoing items", "ongoing Res 72 actions": Ongoing qualifies the items, so it is their milestone, not a mark. */
const ONGOING_ITEMS = /\bongoing\s+(?:res(?:olution)?\.?\s*\d+\s+)?(?:action\s+)?(?:items?|actions?|tasks?|ones)\b/i;

/** A set is asked for: plural item nouns after which/what/list…, "anything …", "what's still open". */
const PLURAL_ITEMS = String.raw`(?:action\s+items|items|actions|tasks|ones|entries|points|lines|rows|activities|actions?\s+points)`;
const LIST_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:which|what|list|show|name|give|any|all|every|how\s+many|count)\b(?:\s+\S+){0,6}?\s+${PLURAL_ITEMS}\b`, 'iu'),
  // "the IPv6 portal on global activities item - has it been completed?" asks of one thing.
  new RegExp(String.raw`\b${PLURAL_ITEMS}\b(?:\s+\S+){0,3}?\s+(?:are|were|have|haven't|has(?!\s+it\b)|remain|still)\b`, 'iu'),
  // "list the…" asks for a set; "the catch-up to-do list" is a thing asked about.
  /(?<!\b(?:the|a|an|this|that|our|their|its|whose|to-do)(?:\s+[\w-]+){0,2}\s+)\b(?:list|enumerate)\b|\bwhich\s+of\s+(?:those|these|them)\b/iu,
  // "action items for SG13", "tasks under the security study group": a heading for a set.
  new RegExp(String.raw`^\s*(?:the\s+|all\s+)?${PLURAL_ITEMS}\s+(?:for|of|under|on|about|involving|assigned\s+to|given\s+to|led\s+by)\b`, 'iu'),
  new RegExp(
    String.raw`\bwhat(?:'s|s|\s+is|\s+are|\s+has|\s+have|\s+remains?)\s+(?:(?:still|left|been|already|actually|really|now|so\s+far|marked|ticked|flagged|listed|shown)\s+(?:as\s+)?)*(?:open|pending|outstanding|left|(?:not\s+(?:yet\s+)?)?${DONE})`,
    'iu',
  ),
  new RegExp(String.raw`\banything\b(?:\s+\S+){0,2}?\s+(?:ticked|marked|completed|${DONE_WORD}|closed|open|pending|still|left)\b`, 'iu'),
  /\b(?:quelles|quels|lesquel(?:le)?s|liste[rz]?|cu[aá]les|qu[eé]\s+(?:acciones|puntos|tareas)|lista[r]?)\b|(?<!\p{L})как(?:ие|их|им|ими)(?!\p{L})|перечисл\p{L}*|список|哪些|列出|ما\s+(?:هي\s+)?(?:ال)?(?:بنود|إجراءات)|أي(?:ة)?\s+(?:ال)?(?:بنود|إجراءات)|قائمة/iu,
];
/** Plural item nouns in the other languages ("acciones no completadas", "незавершенные пункты"); French shares the English ones. */
const PLURAL_NOUNS = new RegExp(
  String.raw`\b${PLURAL_ITEMS}\b|\b(?:acciones|puntos|tareas|tâches)\b|(?<!\p{L})(?:пункт(?:ы|ов)|действи[яй]|задач[иа]?)(?!\p{L})|البنود|الإجراءات`,
  'iu',
);
/**
 * "activities", "points" also name a topic: "does the plan have concrete deadlines for WSIS outcome
 * activities?" and "TSB director backing SG security activities (res 50) – ticked done?" ask about
 * one item, where "Res 44 completed activities?" and "Res 70 activities still open?" ask for a set:
 * they count only beside a status word.
 */
const TOPIC_NOUNS = /\b(?:activities|entries|points|lines|rows)\b/gi;
const YES_NO = /^\s*(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would|should)\b/i;

/** Whether the question asks yes or no ("has the ENUM report been closed?"), by its opening word. */
export function asksYesOrNo(text: string): boolean {
  return YES_NO.test(text);
}
const FILTER_WORD = String.raw`(?:completed|complete|done|finished|closed|open|pending|outstanding|ongoing|unfinished|incomplete)`;
const FILTERED_TOPIC_NOUNS = new RegExp(
  String.raw`\b${FILTER_WORD}\s+(?:activities|entries|points|lines|rows)\b|\b(?:activities|entries|points|lines|rows)\s+(?:(?:not|yet|still|are|were|marked|ticked)\s+){0,3}${FILTER_WORD}\b`,
  'i',
);
function filteredItemsAsked(text: string): boolean {
  const nouns = FILTERED_TOPIC_NOUNS.test(text) ? text : text.replace(TOPIC_NOUNS, ' ');
  return PLURAL_NOUNS.test(nouns);
}
const ALL_ITEMS = new RegExp(String.raw`\b(?:all|every|full|complete|whole)\b(?:\s+\S+){0,3}?\s+(?:${PLURAL_ITEMS}|list)\b`, 'iu');
/**
 * "Res 77: any item with an empty goals cell?", "is there any row where both boxes are empty?",
 * "is there an entry where…", "any item in the whole action plan where…", "هل هناك بند … خانتاه
 * فارغتان؟": whether any is, answered by all that are.
 */
const ANY_ITEM_WITH =
  /\b(?:any|is\s+there\s+an?)\s+(?:action\s+)?(?:item|action|task|entry|row|line|one)(?:\s+[\w-]+){0,5}?\s+(?:with|that|which|where|whose|in\s+which)\b|هل\s+(?:هناك|يوجد|توجد)\s+(?:أي\s+)?(?:بند|إجراء)/iu;
/** "which item", "which action", "the one where…": one item is wanted, even with a status word. */
const SINGLE_ITEM = /\b(?:which|what)\s+(?:\S+\s+)?(?:item|action|task|entry|one)\b(?!s)|\bthe\s+one\s+(?:where|that|which|about|on|with|asking)\b/iu;
/**
 * "…work items that got zero contributions – has it been closed?": the status word is asked of one
 * thing the question points back to, whatever plural nouns describe it.
 */
const OF_ONE_THING = /\b(?:has|is|was|did|does)\s+(?:it|that|this)\b(?!\s+(?:items?|actions?|tasks?)\b)|\b(?:on|of|for)\s+(?:it|that|this)\s*(?:and|[,;?]|$)/iu;

/**
 * What the question asks of the mark columns: completed, periodic goals met, neither. With an
 * ongoing milestone, open words are left out: "en cours" may be how the question says Ongoing.
 */
function markFilterOf(text: string, openWords = true): MarkFilter | undefined {
  if (NO_MARKS.test(text)) return 'needs-attention';
  // "not finished and no periodic goals met": both columns empty.
  if (GOALS_NOT_MET.test(text)) return NOT_DONE.test(text) || (openWords && OPEN_WORDS.test(text)) ? 'needs-attention' : 'goals-not-met';
  if (GOALS_MET.test(text) && !NOT_DONE.test(text)) return 'goals-met';
  if (NOT_DONE.test(text) || (openWords && OPEN_WORDS.test(text))) return 'not-completed';
  if (DONE_ANYWHERE.test(text) || /完成|منجز/u.test(text)) return 'completed';
  return undefined;
}

/** The text without its goal phrases, whose "achieved" is no completed mark. */
function withoutGoalWords(text: string): string {
  return text.replace(new RegExp(GOALS_NOT_MET.source, `${GOALS_NOT_MET.flags}g`), ' ').replace(new RegExp(GOALS_MET.source, `${GOALS_MET.flags}g`), ' ');
}

/** A milestone filter with the mark filter the question adds, if any. */
function milestoneFilter(status: StatusFilter, milestoneNames: string[], text: string): { status: StatusFilter; milestoneNames: string[]; marks?: MarkFilter } {
  const marks = markFilterOf(text, status !== 'ongoing');
  return { status, milestoneNames, ...(marks ? { marks } : {}) };
}

/** How far from a milestone word the body or year it names may be: words, or Chinese characters, either side. */
const MILESTONE_REACH = 8;
const TOKEN = /\p{Script=Han}|[^\s\p{Script=Han}]+/gu;

/**
 * The words around the milestone words: "in the WTSA-16 resolution on the ITRs, which items have
 * a Council milestone?" names Council as the milestone, not the assembly that adopted the resolution.
 */
function milestoneContext(text: string): string {
  const tokens = [...text.matchAll(TOKEN)];
  const global = new RegExp(MILESTONE.source, `${MILESTONE.flags}g`);
  return [...text.matchAll(global)]
    .map((m) => {
      const first = tokens.findIndex((t) => t.index + t[0].length > m.index);
      const after = tokens.findIndex((t) => t.index >= m.index + m[0].length);
      const from = tokens[Math.max(0, first - MILESTONE_REACH)]!;
      const to = after < 0 ? undefined : tokens[Math.min(tokens.length - 1, after + MILESTONE_REACH - 1)]!;
      return text.slice(from.index, to ? to.index + to[0].length : text.length);
    })
    .join(' … ');
}

/**
 * The filter from mark columns the question names with their state ("the goals-met box ticked but
 * completed empty"), the other column read from the rest of the question ("goals met blank but
 * completed", "goals met box ticked and not completed").
 */
function namedColumnsFilter(text: string): { status: StatusFilter; milestoneNames: string[]; marks?: MarkFilter } | undefined {
  // "neither goals met nor completed ticked": no mark at all, whatever column is named.
  if (NO_MARKS.test(text)) return undefined;
  const { goals: namedGoals, completed: namedCompleted, rest } = readColumnMarks(text);
  if (namedGoals === undefined && namedCompleted === undefined) return undefined;
  const goals = namedGoals ?? (GOALS_NOT_MET.test(rest) ? false : GOALS_MET.test(rest) ? true : undefined);
  const others = withoutGoalWords(rest);
  const completed =
    namedCompleted ?? (NOT_DONE.test(others) || OPEN_WORDS.test(others) ? false : DONE_ANYWHERE.test(others) ? true : undefined);
  if (goals === false && completed === false) return { status: 'needs-attention', milestoneNames: [] };
  if (goals === undefined) return { status: completed ? 'completed' : 'not-completed', milestoneNames: [] };
  const status: StatusFilter = goals ? 'goals-met' : 'goals-not-met';
  if (completed === undefined) return { status, milestoneNames: [] };
  return { status, milestoneNames: [], marks: completed ? 'completed' : 'not-completed' };
}

/** The words before a name the milestone must not be: "rather than", "not", "excluding". */
const EXCLUSION = String.raw`\b(?:rather\s+than|instead\s+of|other\s+than|excluding|except(?:\s+for)?|apart\s+from|but\s+not|not)\s+(?:(?:just|only|merely|simply|the|a|an|at)\s+)*`;
/** "TSAG or Council in the milestone rather than WTSA-20", "due at TSAG, not Council": a name the milestone must not be. */
const EXCLUDED_NAME = new RegExp(String.raw`${EXCLUSION}[\p{L}\d-]+`, 'giu');

/** "Resolution 73: a tick under Completed but nothing in the goals met column": a state asked of a column is asked of a set. */
function namesColumnStates(text: string): boolean {
  const { goals, completed } = readColumnMarks(text);
  return goals !== undefined || completed !== undefined;
}

function statusOf(text: string): { status?: StatusFilter; milestoneNames: string[]; marks?: MarkFilter } {
  // "pegged to a TSAG or Council milestone rather than just Ongoing" names its bodies; "a dated
  // milestone (a month, a year or a Council session) instead of Ongoing" only gives examples.
  const dated = DATED.test(text);
  const named = dated ? text.replace(/\([^)]*\)/g, ' ') : text;
  if (dated && !MILESTONE_BODIES.some(([, pattern]) => MILESTONE.test(named) && pattern.test(milestoneContext(named)))) {
    return milestoneFilter('dated', [], text);
  }
  if (MILESTONE.test(named)) {
    const near = milestoneContext(named).replace(EXCLUDED_NAME, ' ');
    const names = MILESTONE_BODIES.filter(([, pattern]) => pattern.test(near)).map(([name]) => name);
    // "WTSA-20" names an assembly and "IMT-2020" a technology, not the year 2020 alone.
    const years = [...near.replace(/\b[A-Z]{2,}-\d{2}(?:\d{2})?\b/g, ' ').matchAll(MILESTONE_YEAR)].map((m) => m[1]!);
    if (names.length + years.length > 0) return milestoneFilter('milestone-names', [...names, ...years], text);
  }
  // "« Ongoing » (en cours) comme échéance": the milestone's word, not the open filter.
  if (MILESTONE.test(text) && ONGOING.test(text)) return milestoneFilter('ongoing', [], text);
  if (ONGOING_ITEMS.test(text)) {
    // Unlike « en cours », English "ongoing" is no open word: "still open" here is a mark filter.
    const marks = markFilterOf(text);
    return { status: 'ongoing', milestoneNames: [], ...(marks ? { marks } : {}) };
  }
  const columns = namedColumnsFilter(text);
  if (columns) return columns;
  // Both mark columns asked of: "goals met but not completed", "completed but no periodic goals tick".
  const openAsked = NOT_DONE.test(text) || OPEN_WORDS.test(text);
  if (GOALS_MET.test(text) && !GOALS_NOT_MET.test(text) && openAsked) return { status: 'goals-met', milestoneNames: [], marks: 'not-completed' };
  if (GOALS_NOT_MET.test(text) && !openAsked && DONE_ANYWHERE.test(withoutGoalWords(text))) {
    return { status: 'goals-not-met', milestoneNames: [], marks: 'completed' };
  }
  const marks = markFilterOf(text);
  if (marks) return { status: marks, milestoneNames: [] };
  if (ONGOING.test(text)) return { status: 'ongoing', milestoneNames: [] };
  return { milestoneNames: [] };
}

/** "rather than WTSA-20", "not Council": a body the milestone must not name, no topic. */
const EXCLUDED_BODY = new RegExp(String.raw`${EXCLUSION}(?:${MILESTONE_BODIES.map(([, pattern]) => pattern.source).join('|')})(?:-\d{2})?`, 'iu');

/** Every phrase the filters are read from: "goals met", "due at", "a fixed deadline", "still open". */
const FILTER_PHRASES = [NO_MARKS, GOALS_NOT_MET, GOALS_MET, DATED, EXCLUDED_BODY, MILESTONE, OPEN_WORDS, DONE_ANYWHERE].map(
  (pattern) => new RegExp(pattern.source, `${pattern.flags}g`),
);

/** "what happened to Resolution 82?", "whatever became of res 33": its fate, not a topic. */
const WHAT_BECAME_OF = /\bwhat(?:ever)?\s+(?:has\s+|had\s+)?(?:happened\s+(?:to|with)|became\s+of)\b/i;

/** Whether the question asks what became of what it names, and nothing more. */
export function asksWhatBecameOf(text: string): boolean {
  return WHAT_BECAME_OF.test(text);
}

/**
 * The text without the phrases that name a filter, not a topic: "done" words (typos included:
 * "complted"), goals met or not, milestone and deadline words, open words.
 */
export function withoutStatusWords(text: string): string {
  return FILTER_PHRASES.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}

/**
 * "anything under res47 with no tick in either column?": "anything" before a filter asks for the
 * set; "has TSB done anything on fellowships?" does not ("done" is the verb, before it).
 */
function anythingFiltered(text: string): boolean {
  const after = text.split(/\banything\b/i).slice(1).join(' ');
  return after !== '' && statusOf(after).status !== undefined;
}

/**
 * "done vs not done", "completed or still open", "done and which are still open": both sides of the mark asked, so no filter: a
 * Resolution's whole list (with its tally) or the one item asked about answers.
 */
const BOTH_SIDES = new RegExp(
  String.raw`(?<!\p{L})(?:${DONE})\s*(?:vs\.?|versus|and|or|/|&)\s*(?:(?:which|what)\s+(?:ones\s+)?(?:are|is|remain)\s+)?(?:not\s+(?:yet\s+)?(?:${DONE})|(?:still\s+)?(?:open|pending|outstanding|remaining))\b`,
  'iu',
);

/** "Are all Resolution 1 items completed?", "has everything under Res 90 been finished?", "is Res 45 all done?": yes or no, of a whole set. */
const WHETHER_ALL = /^\s*(?:are|have|were|has|had|is)\s+(?:all|every|each|everything)\b|^\s*(?:is|are)\b[^?]{0,40}\ball\s+(?:done|complete|completed|finished|closed)\b/i;

/** Whether the question asks yes or no of every item of a set ("are all Res 1 items completed?"). */
export function asksWhetherAll(text: string): boolean {
  return WHETHER_ALL.test(text);
}

/** Reads the status filter and whether a set of items is asked for. */
export function readStatusIntent(text: string): StatusIntent {
  if (BOTH_SIDES.test(text)) return { milestoneNames: [], wantsList: false, wantsAll: false };
  const { status, milestoneNames, marks } = statusOf(text);
  // "Res 70 items with a Council milestone", "Resolution 44 completed items": a filter on plural items asks for a set.
  const listed =
    LIST_PATTERNS.some((pattern) => pattern.test(text)) ||
    (status !== undefined &&
      ((filteredItemsAsked(text) && !OF_ONE_THING.test(text)) || anythingFiltered(text) || WHETHER_ALL.test(text) || ANY_ITEM_WITH.test(text) || namesColumnStates(text)));
  const wantsList = listed && !(SINGLE_ITEM.test(text) && !/\b(?:items|actions|tasks)\b/i.test(text));
  return { status, milestoneNames, ...(marks ? { marks } : {}), wantsList, wantsAll: wantsList && ALL_ITEMS.test(text) };
}

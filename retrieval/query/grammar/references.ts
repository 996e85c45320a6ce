/**
 * References as delegates type them: action items ("44-30", "AI69-03", "Res 45 item 3",
 * "res45 #3"), Resolutions and Opinions in ITU's six languages ("Résolution 44", "Resolución 92",
 * "Резолюция 92", "第92号决议", "القرار 69"), and other bodies' resolutions ("Plenipotentiary
 * Resolution 25", "WTDC Resolution 37"), which are not WTSA Resolutions and are kept apart.
 */

import escapeStringRegexp from 'escape-string-regexp';
import numbered from 'numbered';
import { ORDINAL_SOURCE, ordinalValue } from '../../corpus/ordinals.js';

/** A resolution of a body other than WTSA, mentioned in the reports' prose. */
export interface ForeignResolution {
  /** `Plenipotentiary`, `WTDC`, `Council`, `ITU-R`, `UNGA`. */
  body: string;
  number: string;
}

export interface References {
  /** Action items, normalised to `NN-NN`. */
  actionItems: string[];
  /** WTSA Resolutions (`44`) and Opinions (`Opinion 1`). */
  resolutions: string[];
  foreignResolutions: ForeignResolution[];
  /** Resolutions whose last action item is asked for ("the last item of Res 44", "Res 73 final action"). */
  lastItemOf: string[];
  /** Those of `resolutions` the text calls the assembly's own ("WTSA-16 Resolution 188"): never another body's. */
  assemblyQualified: string[];
  /**
   * Those of `actionItems` read from a loose form ("44/30", "4430"), which may be something else
   * ("12/05", "1865"): taken as items only when the plan has them.
   */
  tentative: string[];
}

/** The word "Resolution" in the six languages (Russian and Arabic by stem, Arabic with its attached prefixes), and its common misspellings ("reslution", "resolutoin"). */
const RESOLUTION_WORD = String.raw`(?<![\p{L}-])(?:resolutions?|r[ée]s\.?|r[ée]solutions?|res[a-z]{2,8}(?:ion|oin|on)s?|resoluci[oó]n(?:es)?|резолюци(?:ей|ям|ями|ях|[яию])|(?:لل|بال|وال|ال|ب|ل|و)?قرار|r\.?(?=\s?-?\s?\d{1,3}\b))`;
const OPINION_WORD = String.raw`(?<!\p{L})(?:opinions?|avis|opini[oó]n|мнени[еяю]|الرأي|رأي)`;
/** What stands between the word and the number: "Res 44", "Res.44", "Res-44", "Resolution No. 44". */
const NUMBER_MARK = String.raw`(?:\s*-\s*)?(?:\s*(?:no\.?|nr\.?|n\.?\s?[°º]|№|#|number|num[ée]ro|número|رقم)\s*)?`;

/** Other bodies, as they are named before "Resolution N" in the six languages. */
const BODIES: [string, RegExp][] = [
  ['Plenipotentiary', /(?:\bplenipotentiary(?:\s+conference)?|\bPP(?:-\d{2})?|\bpl[ée]nipotentiaires?|\bplenipotenciarios|полномочн\S*|全权代表大会|المندوبين المفوضين)/i],
  ['WTDC', /\bWTDC(?:-\d{2})?|\bCMDT(?:-\d{2})?|\bВКРЭ(?:-\d{2})?|\bITU-D/i],
  ['Council', /(?:\bcouncil|\bconseil|\bconsejo|\bсовет\S*|理事会|المجلس)/i],
  ['ITU-R', /\b(?:ITU-R|RA-\d{2}|radiocommunication assembly)/i],
  ['UNGA', /\b(?:UNGA|(?:UN|United Nations)(?: General Assembly)?)/i],
];
/** A name that is a body's and nothing more ("pp-18", "wtdc-17"). */
const WHOLE_BODY_NAMES = BODIES.map(([, pattern]) => new RegExp(`^(?:${pattern.source})$`, pattern.flags));
/**
 * Whether a numbered event of another body qualifies a Resolution the text names ("PP-18
 * Resolution 204", "Resolution 37 (WTDC-17)", "Resolution 204 of PP-18"): the Resolution's
 * edition, not an event asked about.
 */
export function qualifiesResolution(text: string, event: string): boolean {
  if (!WHOLE_BODY_NAMES.some((pattern) => pattern.test(event))) return false;
  const name = escapeStringRegexp(event);
  return (
    new RegExp(String.raw`(?<![\p{L}\d-])${name}['’]?s?\s+${RESOLUTION_WORD}`, 'iu').test(text) ||
    new RegExp(String.raw`${RESOLUTION_WORD}\s*${NUMBER_MARK}\d{1,4}\s*\([^)]{0,30}${name}`, 'iu').test(text) ||
    new RegExp(String.raw`${RESOLUTION_WORD}\s*${NUMBER_MARK}\d{1,4}\s*(?:\([^)]{0,40}\)\s*)?(?:of|de|del|de\s+la)\s+(?:the\s+)?${name}(?![\p{L}\d])`, 'iu').test(text)
  );
}

/** Whether a text names the body (a name of {@link BODIES}: "Plenipotentiary", "WTDC"…) in one of its six languages' forms. */
export function namesBody(text: string, body: string): boolean {
  return BODIES.some(([name, pattern]) => name === body && pattern.test(text));
}

/** "Resolution 25 (Rev. Dubai, 2018) of the Plenipotentiary Conference": the body after the number. */
const BODY_AFTER =
  /^\s*(?:\(\s*(WTDC|CMDT|PP)[^)]{0,40}\)|(?:\([^)]{0,60}\)\s*)?(?:of|de|del)\s+(?:the\s+|la\s+)?(?:conf[ée]rence\s+de\s+|conferencia\s+de\s+)?(plenipotentiary|pl[ée]nipotentiaires|plenipotenciarios|PP|WTDC|CMDT|council|conseil|consejo))/i;

const pad = (n: string): string => n.padStart(2, '0');

/**
 * `44-30`, `44 - 30`, `44_30` (as a file name writes it), `AI69-03`, `AI-44-30`, `44-030`, `Res.44-30`; not part of a longer number,
 * a date ("2021-06-15") or a version ("1.44-30").
 */
const ITEM_ID = /(?<![\d/_]|\d\.|\d-)(\d{1,2})(?:\s?-\s?|_)0?(\d{2})(?![\d\-/_])/g;
/** A month's name, whole or shortened ('jan', 'sept', 'December'), for case-insensitive patterns. */
export const MONTHS = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** "SG 11-17", "pages 12-14", "agenda item 3-1", "from 9-12 April", "ITU report 18-22": ranges of other things. */
const NOT_ITEM_BEFORE = /(?:\b(?:SGs?|WPs?|Q|Questions?|pages?|pp?\.|clauses?|sections?|paras?|paragraphs?|agenda\s+items?|study\s+groups?|from|between|weeks?|days?|Recommendations?|reports?|editions?|cycles?)\s*)$/i;
const NOT_ITEM_AFTER = new RegExp(String.raw`^\s*(?:${MONTHS}\b|study\s+period|period|years?\b|days?\b|hours?\b|%)`, 'i');
/**
 * The words that name an action item, in the six languages' usual shorthand ("it. 30", "point
 * d'action 30", "пункту 30", "البند 30", "R97 no. 9"), with the slips of fast typing after a Resolution's
 * number ("res 18 itme 5", "iten 5", "acton 2").
 */
const ITEM_WORD = String.raw`(?:action\s+items?|action\s+points?|it(?:em|me|en|am|m|eam)s?|it\.|ac(?:tion|ton|toin|iton)s?|ai|ap|points?\s+d['’]action|puntos?\s+de\s+acci[oó]n|points?|punto|acci[oó]n|пункт\p{L}{0,2}|(?:ال)?بند|#|no\.|nr\.?|n[°º]|number)`;
/**
 * Forms read as a reference only after an item word or "Res": one digit after the hyphen ("AI
 * 47-2"), a slash ("item 44/30", "R.44/30", "res44/30"), a dot or colon before two digits ("item
 * 44.30", "AI 44:30").
 * Not a dot before one digit: "agenda item 5.2" is no action item.
 */
const WORDED_ITEM_ID = new RegExp(
  String.raw`(?:(?<!\p{L}|agenda\s+)(?:action\s+items?|items?|actions?|ai|ap)|(?<![\p{L}-])(?:r\.|r(?=\d)|res\.?|resolution))\s*(?:no\.?\s*|#\s*)?(\d{1,2})\s?(?:-\s?(\d)(?![\d\-/])|/(\d{1,2})(?![\d/])|[.:](\d{2})(?![\d.:]))`,
  'giu',
);
/**
 * An action item written with a slash and no item word ("44/30?", "status of 98/03", "is 44/30
 * done"): only at the start or after a word that asks about it, since slashes number many other
 * things ("Question 27/16", "C17/43", "the 1/16 unit fee", "WP 1/13", "on 12/05"). Two digits
 * after the slash, as the plan numbers its items; not a ratio with equal halves ("50/50").
 */
const BARE_SLASH_ITEM = /(?<=^#?|(?:^|\s)(?:of|about|is|was|has|re|for|status|update|and|or|&)\s+#?|,\s*#?)(\d{1,2})\/(\d{2})(?![\d/]|[.,]\d)/giu;
/** What follows a number asked about as an item: the end, a status word, "pls", a comma or question mark. */
const ASKED_AFTER = String.raw`(?=[\s?!.:,;]*$|\s+(?:(?:been|still|now)\s+)?(?:completed?|done|finished|closed|open|doing|status|about|going|progressing|and|or|pls|please|thanks|thx)\b|\s*[?,])`;

/**
 * An action item run together into four digits after an item word ("item 4430", "AI4430"); never
 * a year (1800 to 2099).
 */
const RUN_TOGETHER_ITEM = /(?<!\p{L}|agenda\s+)(?:action\s+items?|items?|actions?|ai|ap)\s*-?\s*(?:no\.?\s*|#\s*)?(?!1[89]|20)(\d{2})(\d{2})(?!\d)/giu;
/**
 * "4430?", "status of 4430", "is 4430 completed?", "how is 9810 doing", "items 4430, 4431": asked
 * about, not counted ("4430 participants").
 */
const ASKED_RUN_TOGETHER_ITEM = new RegExp(
  String.raw`(?<=^[\s?!.:,;#]*|(?:^|\s)(?:of|about|is|was|has|re|for|status|update|and|or|&|what['’]?s)\s+#?|\d{4},\s*#?)(?!1[89]|20)(\d{2})(\d{2})${ASKED_AFTER}`,
  'giu',
);
/**
 * "status of 1-2", "44-3?", "44 30 pls", "item 44 30", "is 44.30 done?", "status of #96.18": an item
 * typed with one digit after the hyphen, or a space or dot for the hyphen, where only an item is
 * asked about. A "#" before the number, as before a slash or run-together item, numbers it.
 */
const ASKED_LOOSE_ITEM = new RegExp(
  String.raw`(?<=^[\s?!.:,;#]*|(?:^|\s)(?:of|about|is|was|has|re|for|status|update|and|or|&|items?|ai|what['’]?s)\s+#?)(\d{1,2})(?:-(\d)|[ .](\d{2}))(?![\d\-/]|[.,]\d)${ASKED_AFTER}`,
  'giu',
);
/**
 * "44.05 — whose job is that?", "44 30: who owns it?": a loosely typed item that opens the
 * question as its heading; mid-sentence ("the fee was 44.30 — for what?") it is an amount.
 */
const LEADING_LOOSE_ITEM = /^[\s?!.:,;]*(\d{1,2})(?:-(\d)|[ .](\d{2}))\s*[:—–]\s/gu;
/** "Res22(2)", "res 44 (30)": a Resolution's item in brackets after its number, nothing else in them. */
const RES_BRACKET_ITEM = /(?<![\p{L}-])res\.?\s*(\d{1,2})\s?\((\d{1,2})\)(?!\s*\d)/giu;
/** An Opinion's action item as the plan numbers it ("OP-01-02"), never item 01-02 of Resolution 1. */
const OPINION_ITEM = /(?<![\p{L}\d-])OP-(\d{2})-(\d{2})(?![\d-])/giu;
/**
 * "44-30 to 44-32", "44-30–44-33", "44/30 to 32": every item of the range, within one Resolution.
 * A slash numbers other things too ("Questions 1/13 to 5/13"), so a range typed with one is tentative.
 */
const ITEM_RANGE = /(\d{1,2})\s?([-/])\s?(\d{2})\s*(?:to|through|until|thru|à|a|al|до|–|—|\/)\s*(?:(\d{1,2})\s?[-/]\s?)?(\d{2})(?![\d-])/giu;
const MAX_RANGE = 20;
/** "items 30, 31 and 33", "item 30-32": one or several item numbers after the item word. */
const ITEM_NUMBERS = String.raw`(\d{1,2}(?![.\d])(?:\s*(?:,|and|&|or|et|y|и|to|-|–)\s*\d{1,2}\b)*)`;
/** The assembly whose Resolutions the plan implements, in the six languages: "WTSA-16", "AMNT", "ВАСЭ". */
const ASSEMBLY = String.raw`(?:WTSA|AMNT|ВАСЭ)(?:-\d{2})?`;
/** A Resolution's edition in brackets: "(Rev. Hammamet, 2016)", "(Hammamet 2016)", "(Rev. Dubai, 2018)". */
const EDITION_ASIDE = String.raw`\((?:Rev\.?\s*)?[\p{L} .'’-]{2,30},?\s*(?:19|20)\d{2}\)`;
/** "Res 44", "Resolution No. 44", "WTSA-16 Resolution 44", "Resolution 44 (Rev. Hammamet, 2016)" up to its number. */
const QUALIFIED_NUMBER = String.raw`(?:${ASSEMBLY}['’]?s?\s+)?${RESOLUTION_WORD}\s*${NUMBER_MARK}(\d{1,3})\b(?:\s*${EDITION_ASIDE})?`;

/** "the last item of Res 44", "final action item listed under resolution 22", "last action for res 50", "Res 73 last action item". */
const LAST_ITEM = String.raw`(?:last|final)\s+(?:action\s+items?|items?|actions?)`;
const LAST_THEN_RES = new RegExp(
  String.raw`\b${LAST_ITEM}\s+(?:(?:listed|shown|given)\s+)?(?:of|under|in|from|for)\s+(?:the\s+)?${QUALIFIED_NUMBER}`,
  'giu',
);
const RES_THEN_LAST = new RegExp(String.raw`${QUALIFIED_NUMBER}(?:['’]s)?[\s,:–-]+(?:the\s+|its\s+)?${LAST_ITEM}\b`, 'giu');

/** "the third item of Resolution 45", "2nd action under Res 80". */
const ORDINAL_THEN_RES = new RegExp(
  String.raw`\b(${ORDINAL_SOURCE})\s+(?:action\s+item|item|action)\s+(?:of|under|in|from)\s+(?:the\s+)?${RESOLUTION_WORD}\s*${NUMBER_MARK}(\d{1,3})\b`,
  'giu',
);
/** "Res 44 first item", "Resolution 45, second action", "Res 80's third action item". */
const RES_THEN_ORDINAL = new RegExp(
  String.raw`${RESOLUTION_WORD}\s*${NUMBER_MARK}(\d{1,3})\b(?:['’]s)?[\s,:–-]+(?:the\s+|its\s+)?(${ORDINAL_SOURCE})\s+(?:action\s+item|item|action)\b`,
  'giu',
);
/** "Planet 50-50": equal halves after a capitalised word are a name, not an item ("cite 99-99" is one). */
const NAMED_NUMBER = /(?<!\p{L})\p{Lu}\p{Ll}+\s+$/u;
/**
 * "Res 45 item 3", "res45 #3", "Res. 80 action 2", "Resolution 61, action item no. 1", "Res. 44
 * (Rev. Hammamet, 2016) item 30", "Res 22 (2016) item 3", "Res73/AI9", "res.44/ai.30", "RES-73
 * AI-9"; not "res 44 items 44-30 to 44-32", whose items are written in full.
 */
const RES_THEN_ITEM = new RegExp(
  String.raw`${RESOLUTION_WORD}\s*${NUMBER_MARK}(\d{1,3})\b[\s,:;/–-]*(?:(?:\((?![^)]*\d)[^)]{0,40}\)|\((?:19|20)\d\d\)|${EDITION_ASIDE})\s*)?\(?\s*${ITEM_WORD}(?:\.|\s*-)?\s*(?:no\.?\s*|n[°º]\s*|#\s*)?(?!\1\s?-\s?\d{2})${ITEM_NUMBERS}`,
  'giu',
);
/** "item 3 of Resolution 45", "action 2 under Res. 80", "item #30, res 44", "action 30 (Res 44)", "item 30 of WTSA Resolution 44". */
const ITEM_THEN_RES = new RegExp(
  String.raw`(?<!agenda\s+)${ITEM_WORD}\s*(?:no\.?\s*|#\s*)?(?!\d{1,2}\s?-\s?\d{2})${ITEM_NUMBERS}[\s,(]+(?:(?:of|under|in|from|de|del|de\s+la|من)\s+(?:the\s+)?)?${QUALIFIED_NUMBER}`,
  'giu',
);
/** "Resolution 44", "Resolution No. 44", "the gender resolution (55)", "Resolutions 44 and 45", "Res 67, 68 and 69". */
const RESOLUTION_REF = new RegExp(
  String.raw`${RESOLUTION_WORD}\s*${NUMBER_MARK}(?:\(\s*)?(\d{1,4}(?![\d/]|\s?-\s?\d)(?:\s*(?:,|and|&|et|y|и|و)\s*\d{1,3}(?![\d/]|\s?-\s?\d))*)`,
  'giu',
);
/** An item of a Resolution in Chinese: "第44号决议第30项", "第44号决议的第30项行动", "决议44第30项". */
const CHINESE_ITEM = /(?<!\d)第?\s*(\d{1,3})\s*号?\s*决议\s*的?\s*第\s*(\d{1,2})\s*项|决议\s*(\d{1,3})\s*的?\s*第\s*(\d{1,2})\s*项/gu;
/** A Resolution with its number before or after the word ("第92号决议", "决议92", "理事会第1379号决议"). */
const CHINESE_RESOLUTION = /(?<!\d)第?\s*(\d{1,4})\s*号?\s*决议|决议\s*(?:第\s*)?(\d{1,4})/gu;
const OPINION_REF = new RegExp(String.raw`${OPINION_WORD}\s*${NUMBER_MARK}(\d{1,2})\b`, 'giu');
const CHINESE_OPINION = /第?\s*(\d{1,2})\s*号?\s*意见/gu;

/** "30, 31 and 33" → 30, 31, 33; "30-32" or "30 to 32" → 30, 31, 32. */
function itemNumbers(list: string): number[] {
  const numbers: number[] = [];
  const parts = list.split(/\s*(,|and|&|or|et|y|и|to|-|–)\s*/u);
  for (let i = 0; i < parts.length; i += 2) {
    const n = Number(parts[i]);
    const joiner = parts[i - 1];
    const previous = numbers.at(-1);
    if (previous !== undefined && joiner && /^(?:to|-|–)$/.test(joiner) && n > previous && n - previous <= MAX_RANGE) {
      for (let k = previous + 1; k <= n; k++) numbers.push(k);
    } else numbers.push(n);
  }
  return numbers;
}

function bodyOf(text: string, start: number, end: number): string | undefined {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 80);
  for (const [name, pattern] of BODIES) {
    // The body word must close the text before the reference ("ITU Plenipotentiary Resolution 25").
    const match = before.match(new RegExp(`(?:${pattern.source})(?:[\\s'’-]|-\\d{2})*$`, pattern.flags));
    if (match) return name;
  }
  const following = after.match(BODY_AFTER);
  if (!following) return undefined;
  const word = (following[1] ?? following[2])!.toLowerCase();
  return /^(?:wtdc|cmdt)$/.test(word) ? 'WTDC' : /^(council|conseil|consejo)$/.test(word) ? 'Council' : 'Plenipotentiary';
}

/** "WTSA-16 Resolution 1", "Resolution 1 (Rev. Hammamet, 2016) of this assembly", "Rés. 90 de l'AMNT": the assembly's own. */
const WTSA_BEFORE = new RegExp(String.raw`(?<!\p{L})${ASSEMBLY}['’]?s?\s*$`, 'iu');
const WTSA_AFTER = new RegExp(String.raw`^\s*(?:\([^)]{0,60}\)\s*)?(?:of\s+(?:this|the)\s+assembly\b|(?:(?:of|de|del|de\s+la|de\s+l['’])\s*(?:the\s+)?)?${ASSEMBLY}(?!\p{L}))`, 'iu');

const NAMES_ASSEMBLY = new RegExp(String.raw`(?<!\p{L})${ASSEMBLY}(?!\p{L})`, 'u');

/** Whether a text (a heading: "World Conferences › WTSA-20 › New WTSA-20 Resolutions") names the assembly, in one of its languages' forms. */
export function namesAssembly(text: string): boolean {
  return NAMES_ASSEMBLY.test(text);
}

/**
 * The body whose Resolution a text names at `start`–`end` (the span of "Resolution N"): a name of
 * {@link BODIES}, `WTSA` when it is the assembly's own ("WTSA Resolution 1", "Resolution 1 (Rev.
 * Hammamet, 2016) of this assembly"), undefined when the text does not say.
 */
export function resolutionBodyAt(text: string, start: number, end: number): string | undefined {
  if (WTSA_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || WTSA_AFTER.test(text.slice(end, end + 80))) return 'WTSA';
  return bodyOf(text, start, end);
}

/** A cardinal in words up to forty-nine, as an item is numbered: "eight", "twenty-one", "thirty two". */
const CARDINAL_WORD = String.raw`(?:(?:twenty|thirty|forty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
/** "Resolution 92, item eight", "action two of Res 45": an item word with its number in words; not "items one by one". */
const ITEM_NUMBER_IN_WORDS = new RegExp(String.raw`(?<![\p{L}-])(${ITEM_WORD}\s*)(${CARDINAL_WORD})(?![\p{L}-])(?!\s+(?:by|or|more|at\s+a\s+time)\b)`, 'giu');

/** The text with item numbers written in words put in figures ("item eight" → "item 8"), by `numbered`. */
function itemNumbersInFigures(text: string): string {
  return text.replace(ITEM_NUMBER_IN_WORDS, (_, word: string, number: string) => `${word}${numbered.parse(number)}`);
}

/** Reads every reference in a question; each list is de-duplicated and in order of appearance. */
export function readReferences(question: string): References {
  const text = itemNumbersInFigures(question);
  const actionItems: string[] = [];
  const tentative: string[] = [];
  const resolutions: string[] = [];
  const foreign: ForeignResolution[] = [];
  const covered: [number, number][] = [];
  const claim = (start: number, end: number): void => void covered.push([start, end]);
  const isCovered = (at: number): boolean => covered.some(([s, e]) => at >= s && at < e);

  for (const m of text.matchAll(RES_THEN_ITEM)) {
    for (const n of itemNumbers(m[2]!)) actionItems.push(`${pad(m[1]!)}-${pad(String(n))}`);
    claim(m.index, m.index + m[0].length);
  }
  const lastItemOf: string[] = [];
  for (const m of [...text.matchAll(LAST_THEN_RES), ...text.matchAll(RES_THEN_LAST)]) {
    lastItemOf.push(String(Number(m[1])));
    claim(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(CHINESE_ITEM)) {
    actionItems.push(`${pad((m[1] ?? m[3])!)}-${pad((m[2] ?? m[4])!)}`);
    claim(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(ORDINAL_THEN_RES)) {
    const n = ordinalValue(m[1]!)!;
    actionItems.push(`${pad(m[2]!)}-${pad(String(n))}`);
    claim(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(RES_THEN_ORDINAL)) {
    actionItems.push(`${pad(m[1]!)}-${pad(String(ordinalValue(m[2]!)!))}`);
    claim(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(ITEM_RANGE)) {
    const [from, to] = [Number(m[3]), Number(m[5])];
    if ((m[4] !== undefined && m[1] !== m[4]) || to <= from || to - from > MAX_RANGE) continue;
    for (let n = from; n <= to; n++) {
      actionItems.push(`${pad(m[1]!)}-${pad(String(n))}`);
      if (m[2] === '/') tentative.push(`${pad(m[1]!)}-${pad(String(n))}`);
    }
    claim(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(ITEM_THEN_RES)) {
    for (const n of itemNumbers(m[1]!)) actionItems.push(`${pad(m[2]!)}-${pad(String(n))}`);
    claim(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(RES_BRACKET_ITEM)) {
    if (isCovered(m.index)) continue;
    actionItems.push(`${pad(m[1]!)}-${pad(m[2]!)}`);
    claim(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(WORDED_ITEM_ID)) {
    if (isCovered(m.index)) continue;
    actionItems.push(`${pad(m[1]!)}-${pad((m[2] ?? m[3] ?? m[4])!)}`);
    claim(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(BARE_SLASH_ITEM)) {
    if (isCovered(m.index) || m[1] === m[2]) continue;
    actionItems.push(`${pad(m[1]!)}-${m[2]}`);
    tentative.push(`${pad(m[1]!)}-${m[2]}`);
    claim(m.index, m.index + m[0].length);
  }
  for (const m of [...text.matchAll(RUN_TOGETHER_ITEM), ...text.matchAll(ASKED_RUN_TOGETHER_ITEM)]) {
    if (isCovered(m.index)) continue;
    actionItems.push(`${m[1]}-${m[2]}`);
    tentative.push(`${m[1]}-${m[2]}`);
    claim(m.index, m.index + m[0].length);
  }
  for (const m of [...text.matchAll(ASKED_LOOSE_ITEM), ...text.matchAll(LEADING_LOOSE_ITEM)]) {
    if (isCovered(m.index)) continue;
    const id = `${pad(m[1]!)}-${pad((m[2] ?? m[3])!)}`;
    actionItems.push(id);
    tentative.push(id);
    claim(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(OPINION_ITEM)) {
    actionItems.push(`OP-${m[1]}-${m[2]}`);
    claim(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(ITEM_ID)) {
    const before = text.slice(0, m.index);
    const named = Number(m[1]) === Number(m[2]) && NAMED_NUMBER.test(before);
    if (isCovered(m.index) || named || NOT_ITEM_BEFORE.test(before) || NOT_ITEM_AFTER.test(text.slice(m.index + m[0].length))) continue;
    actionItems.push(`${pad(m[1]!)}-${m[2]}`);
  }
  const assemblyQualified: string[] = [];
  const addResolution = (number: string, start: number, end: number): void => {
    if (isCovered(start)) return;
    const body = resolutionBodyAt(text, start, end);
    if (body && body !== 'WTSA') foreign.push({ body, number: String(Number(number)) });
    else resolutions.push(String(Number(number)));
    if (body === 'WTSA') assemblyQualified.push(String(Number(number)));
  };
  for (const m of text.matchAll(RESOLUTION_REF)) {
    for (const number of m[1]!.split(/\D+/u).filter(Boolean)) addResolution(number, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(CHINESE_RESOLUTION)) addResolution((m[1] ?? m[2])!, m.index, m.index + m[0].length);
  for (const m of [...text.matchAll(OPINION_REF), ...text.matchAll(CHINESE_OPINION)]) {
    resolutions.push(`Opinion ${Number(m[1])}`);
  }
  const seenForeign = new Set<string>();
  return {
    actionItems: [...new Set(actionItems)],
    resolutions: [...new Set(resolutions)],
    lastItemOf: [...new Set(lastItemOf)],
    assemblyQualified: [...new Set(assemblyQualified)],
    tentative: [...new Set(tentative)].filter((id) => tentative.filter((t) => t === id).length === actionItems.filter((a) => a === id).length),
    foreignResolutions: foreign.filter((f) => {
      const key = `${f.body} ${f.number}`;
      return !seenForeign.has(key) && seenForeign.add(key);
    }),
  };
}

/** "what's done in 90?", "anything open under 44": a number closing the question after a preposition. */
const BARE_NUMBER_AT_END = /\b(?:in|under|for|of|from|on)\s+(?:#\s*)?(\d{1,3})\s*[?!.…]*\s*$/i;

/**
 * The Resolution a status or list question names by its bare number at the end ("what's done in
 * 90?"): in such a question a number after "in" or "under" can only be a Resolution. The caller
 * asks only when the question names no other reference and asks for a status or a list.
 */
export function bareResolutionNumber(text: string): string | undefined {
  const number = text.match(BARE_NUMBER_AT_END)?.[1];
  return number === undefined ? undefined : String(Number(number));
}

/** A Resolution with the assembly and edition that qualify it: "WTSA-16 Resolution 44 (Rev. Hammamet, 2016)", "Rés. 90 de l'AMNT". */
const QUALIFIED_REF = new RegExp(
  String.raw`${QUALIFIED_NUMBER}(?:\s+(?:(?:of|de|del|de\s+la)\s+(?:the\s+)?|de\s+l['’]\s*)?${ASSEMBLY}(?!\p{L}))?`,
  'giu',
);

/** The question without its Resolution and Opinion references and their qualifiers, for reading its topic words. */
export function withoutReferences(text: string): string {
  return text
    .replace(RES_THEN_ITEM, ' ')
    .replace(QUALIFIED_REF, ' ')
    .replace(RESOLUTION_REF, ' ')
    .replace(CHINESE_RESOLUTION, ' ')
    .replace(OPINION_REF, ' ');
}

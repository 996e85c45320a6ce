import { franc } from 'franc-min';
import { newStemmer } from 'snowball-stemmers';
import { KEY_TERMS, type ForeignLanguage, type QuestionLanguage } from './key-terms.js';
import { englishEvent, englishQuestionFrame, EVENT, withoutForeignDatingEvents } from './question-frame.js';

/**
 * The offline bridge from a question in French, Spanish, Arabic, Chinese or Russian to the
 * English index: the question's language, then its key terms (per-language stemming against
 * {@link KEY_TERMS}), study-group references, Latin-script names ("ITU-R", "IMT", "196") and
 * what it asks of an event ("where and when was WTDC-22") as an English keyword query. No model
 * and no network: what the glossary does not know is lost.
 */

const STEMMER_NAMES: Record<Exclude<ForeignLanguage, 'zh'>, string> = { fr: 'french', es: 'spanish', ar: 'arabic', ru: 'russian' };
const FRANC_CODES: Record<string, QuestionLanguage> = { fra: 'fr', spa: 'es' };
/** Function words skipped on both sides of a match, so "plan d'action" meets "plan de acción"'s peers. */
const FUNCTION_WORDS = new Set(
  ("d l de du des la le les et en à au aux un une sur pour par que qui est c ce quelle quel quelles quels tous toutes leur leurs ont sont " +
    'el los las del y a al para por con un una que qué es se sobre cuáles cuales todos todas sus tienen ' +
    'и в на по о об с со к для из от что как какой каково каков какова какие каких где когда сколько ли все их всего ещё еще имеют имеет ' +
    'و في من على إلى عن مع التي الذي ما هو هي كم').split(' '),
);

const stemmers = new Map<string, { stem(word: string): string }>();
function stemmerFor(lang: Exclude<ForeignLanguage, 'zh'>): { stem(word: string): string } {
  let stemmer = stemmers.get(lang);
  if (!stemmer) {
    stemmer = newStemmer(STEMMER_NAMES[lang]);
    stemmers.set(lang, stemmer);
  }
  return stemmer;
}

/**
 * Words that mark a Latin-script question's language; the corpus is English, so ties go to
 * English. "la" is French and Spanish alike ("de la Res. 90") and marks neither.
 */
const MARKERS: Record<'en' | 'fr' | 'es', RegExp> = {
  en: /\b(?:the|is|are|was|what|which|who|how|when|where|does|did|of|and|to|in|on|for|any|anything|status|item|items|pls|please|about)\b/giu,
  fr: /(?:\b(?:le|les|des|du|est|sont|quel|quelle|quelles|quels|qui|pour|dans|avec|sur|une|c'est|qu'|l'|d'|quand|comment|combien|pourquoi)\b|[éèêàçùœâîô])/giu,
  es: /(?:\b(?:el|los|las|del|es|son|qué|cuál|cuáles|quién|para|con|sobre|una|está|esa|ese|estado|punto|puntos|hito|hay|ha|han|fue|tiene)\b|[ñ¿¡áíóú])/giu,
};

/** "para 9", "paras. 3-5": a paragraph number; a year ("para 2030") stays Spanish. */
const PARAGRAPH_NUMBER = /\bparas?\.?\s*\d{1,2}(?!\d)/giu;

/** Which of ITU's six languages a question is in: by script, then by marker words and franc. */
export function detectLanguage(text: string): QuestionLanguage {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'en';
  const share = (pattern: RegExp): number => (text.match(pattern)?.length ?? 0) / letters;
  if (share(/\p{Script=Arabic}/gu) > 0.3) return 'ar';
  if (share(/\p{Script=Han}/gu) > 0.2) return 'zh';
  if (share(/\p{Script=Cyrillic}/gu) > 0.3) return 'ru';
  // "Res 73 para 9": the English abbreviation of paragraph, not Spanish "para".
  const marked = text.replace(PARAGRAPH_NUMBER, ' ');
  const count = (lang: 'en' | 'fr' | 'es'): number => marked.match(MARKERS[lang])?.length ?? 0;
  const [en, fr, es] = [count('en'), count('fr'), count('es')];
  if (en >= fr && en >= es) return 'en';
  // franc reads short questions poorly ("Quand se tiendra la CMDT-30 ?" as Spanish): it only breaks a tie.
  if (fr !== es) return fr > es ? 'fr' : 'es';
  return FRANC_CODES[franc(text, { only: ['fra', 'spa'], minLength: 12 })] ?? 'fr';
}

/** A question or glossary word as written (lower-cased) and as stemmed. */
interface Word {
  raw: string;
  stem: string;
}

/** A French verb inverted before its pronoun ("compte-t-elle", "peut-on") is no key term: "compte" here counts, it is no account. */
const INVERTED_VERB = /(?<!\p{L})\p{L}+(?:-t)?-(?:il|elle|on|ils|elles|nous|vous)(?!\p{L})/giu;

/** "UIT-D": a Sector is one word; split, its letter would be dropped as the function word "d" and "UIT-D" read as "UIT". */
const SECTOR_LETTER = /(?<!\p{L})(\p{Lu}{2,})-(\p{L})(?!\p{L})/gu;
const joinSectorLetters = (text: string): string =>
  text.replace(SECTOR_LETTER, (whole, name: string, letter: string) => (FUNCTION_WORDS.has(letter.toLowerCase()) ? `${name}${letter}` : whole));

function stemmedWords(text: string, lang: Exclude<ForeignLanguage, 'zh'>): Word[] {
  const stemmer = stemmerFor(lang);
  const joined = joinSectorLetters(text);
  return ((lang === 'fr' ? joined.replace(INVERTED_VERB, ' ') : joined).toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [])
    .filter((w) => !FUNCTION_WORDS.has(w))
    .map((raw) => ({ raw, stem: stemmer.stem(lang === 'ar' ? withoutArabicProclitic(raw) : raw) }));
}

/**
 * "والتسمية" (and the naming), "بالترقيم", "للأعضاء": a conjunction or preposition joined to the
 * article, which Snowball's Arabic stemmer keeps ("والتسمية" → "والتسم", "التسمية" → "تسم"); light
 * stemming's usual first step (Larkey, Ballesteros and Connell's light10).
 */
function withoutArabicProclitic(word: string): string {
  return word.replace(/^[وفبك](?=ال\p{L}{2,})/u, '').replace(/^لل(?=\p{L}{2,})/u, 'ال');
}

interface CompiledTerm {
  english: string;
  words: Word[];
}
const compiled = new Map<ForeignLanguage, CompiledTerm[]>();

/** Glossary forms of one language, stemmed once, longest first so phrases win over their words. */
function termsFor(lang: Exclude<ForeignLanguage, 'zh'>): CompiledTerm[] {
  let terms = compiled.get(lang);
  if (!terms) {
    terms = KEY_TERMS.flatMap((term) => term.forms[lang].map((form) => ({ english: term.english, words: stemmedWords(form, lang) })))
      .filter((t) => t.words.length > 0)
      .sort((a, b) => b.words.length - a.words.length);
    compiled.set(lang, terms);
  }
  return terms;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * One word in two forms. Snowball stems of one word's forms can differ in length
 * ("commission" → commiss, "commissions" → comm): a stem that prefixes the other counts when the
 * words as written share most of their letters, which "universelle" and "universités" do not.
 */
function sameWord(a: Word, b: Word): boolean {
  if (a.stem === b.stem) return true;
  if (Math.min(a.stem.length, b.stem.length) < 4 || !(a.stem.startsWith(b.stem) || b.stem.startsWith(a.stem))) return false;
  return commonPrefix(a.raw, b.raw) >= 0.8 * Math.max(a.raw.length, b.raw.length);
}

/** Key terms found in the question, and the question's words no key term explains. */
function alphabeticTerms(text: string, lang: Exclude<ForeignLanguage, 'zh'>): { terms: string[]; rest: string[] } {
  const words = stemmedWords(text, lang);
  const used = new Array<boolean>(words.length).fill(false);
  const found: string[] = [];
  for (const term of termsFor(lang)) {
    for (let start = 0; start + term.words.length <= words.length; start++) {
      const span = term.words.every((word, k) => !used[start + k] && sameWord(words[start + k]!, word));
      if (!span) continue;
      term.words.forEach((_, k) => (used[start + k] = true));
      found.push(term.english);
    }
  }
  return { terms: found, rest: words.filter((_, i) => !used[i]).map((w) => w.raw) };
}

const CYRILLIC_LATIN: Record<string, string> = Object.fromEntries(
  'а a б b в v г g д d е e ё e ж zh з z и i й i к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya'
    .split(' ')
    .reduce<string[][]>((pairs, token, i, all) => (i % 2 === 0 ? [...pairs, [token, all[i + 1]!.replace('_', '')]] : pairs), []),
);

/**
 * Words the glossary does not know, as the English index may still know them: international
 * words are spelled alike ("repositorio", "numeración", "портала" → portala), and the keyword
 * index matches near spellings of long words. Accents go; Cyrillic is transliterated.
 */
function cognates(rest: string[], lang: ForeignLanguage): string[] {
  const latin = rest.map((raw) =>
    lang === 'ru'
      ? // Latin loanwords spell к as c: "контроллерами" → controllerami, near "controller".
        [...raw].map((c) => CYRILLIC_LATIN[c] ?? c).join('').replace(/k(?![eiy])/g, 'c')
      : raw.normalize('NFD').replace(/\p{M}/gu, ''),
  );
  return latin.filter((word) => /^[a-z]{5,}$/.test(word));
}

function chineseTerms(text: string): string[] {
  const forms = KEY_TERMS.flatMap((term) => term.forms.zh.map((form) => ({ form, english: term.english }))).sort(
    (a, b) => b.form.length - a.form.length,
  );
  let rest = text;
  const found: string[] = [];
  for (const { form, english } of forms) {
    if (!rest.includes(form)) continue;
    found.push(english);
    rest = rest.split(form).join(' ');
  }
  return found;
}

/** Study groups in the six languages: "commission d'études 5", "第5研究组", "5-я исследовательская комиссия". */
const STUDY_GROUPS: RegExp[] = [
  /(?:commissions? d'études|comisi[oó]n(?:es)? de estudios?|grupos? de estudios?|لجنة الدراسات|исследовательск\p{L}* комисси\p{L}*)\s*(?:n[°º]\s*)?(\d{1,2})/giu,
  /(\d{1,2})(?:-?\p{L}{1,3})?\s+исследовательск\p{L}* комисси\p{L}*/giu,
  /第\s*(\d{1,2})(?=[^。？?]{0,8}研究组)/gu,
  // \b is ASCII-only even with the u flag: "ИК 17" needs letter lookarounds.
  /(?<![\p{L}\d])(?:CE|CdE|ИК)\s?(\d{1,2})(?!\d)/gu,
];

/** "CE 2", "CE", "ИК 17": a study group in the question's language, which the bridge carries as "Study Group N". */
export function isStudyGroupForm(name: string): boolean {
  return /^(?:CE|CdE|ИК)(?:\s?\d{1,2})?$/iu.test(name);
}

/**
 * Acronyms, numbers and other Latin-script names in a foreign question carry over as they are;
 * in Cyrillic, Arabic or Chinese any Latin-script word does ("проекта Giga"); an event the
 * glossary names otherwise in English as the reports write it ("CMDT-22" → WTDC-22).
 */
function carriedNames(text: string, lang: ForeignLanguage): string[] {
  const events = [...text.matchAll(EVENT)].map((m) => englishEvent(m[1]!, m[2]!, lang));
  const names = lang === 'fr' || lang === 'es' ? /\b[A-Z][A-Za-z]*[A-Z0-9][\w-]*\b|\b\d{1,4}\b/gu : /\b[A-Za-z][\w-]*\b|\b\d{1,4}\b/gu;
  return [...events, ...(text.match(names) ?? [])];
}

/**
 * An English keyword query for a question in another official language: glossary key terms,
 * study groups as "Study Group N SGN", and names kept as written. Empty for English.
 */
export function bridgeToEnglish(question: string, lang: QuestionLanguage): string {
  if (lang === 'en') return '';
  const frame = englishQuestionFrame(question, lang);
  const text = withoutForeignDatingEvents(question, lang);
  const groups = STUDY_GROUPS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => `Study Group ${m[1]} SG${m[1]}`));
  const { terms, rest } = lang === 'zh' ? { terms: chineseTerms(text), rest: [] } : alphabeticTerms(text, lang);
  const alike = lang === 'ar' ? [] : cognates(rest, lang);
  // "how many" reads the key term after it as the thing counted ("how many regional offices").
  const [lead, tail] = frame.startsWith('how many') ? [[frame], []] : [[], frame ? [frame] : []];
  return [...new Set([...lead, ...groups, ...terms, ...carriedNames(text, lang), ...alike, ...tail])].join(' ');
}


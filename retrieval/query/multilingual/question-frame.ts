import { KEY_TERMS, type ForeignLanguage } from './key-terms.js';

/**
 * What a question in another official language asks of an event, in English words the
 * particulars grammar reads: "Où et quand s'est tenue la CMDT-22 ?" → "where and when was
 * WTDC-22"; "¿Cuándo se celebró la AMNT-20?" → "when was WTSA-20"; without an event, the bare
 * "where" / "when", which still lead excerpts to the sentence with the place or the date.
 */

interface Interrogatives {
  where: RegExp;
  when: RegExp;
}

// \b is ASCII-only even with the u flag: letter lookarounds instead.
const INTERROGATIVES: Record<ForeignLanguage, Interrogatives> = {
  // "Où en sont les bourses ?" asks how things stand, not where.
  fr: { where: /(?<!\p{L})où(?!\p{L})(?!\s+en\s+(?:est|sont|sommes|êtes|étai)\p{L}*)|dans quel(?:le)? (?:ville|pays)/iu, when: /(?<!\p{L})quand(?!\p{L})|quelle date/iu },
  es: { where: /(?<!\p{L})d[oó]nde(?!\p{L})|en qu[eé] (?:ciudad|pa[ií]s)/iu, when: /(?<!\p{L})cu[aá]ndo(?!\p{L})|qu[eé] fecha/iu },
  ru: { where: /(?<!\p{L})где(?!\p{L})|в каком (?:городе|стране)/iu, when: /(?<!\p{L})когда(?!\p{L})/iu },
  zh: { where: /哪里|哪儿|在哪|何地|哪个城市|哪个国家/u, when: /什么时候|何时|哪一天|哪天|什么日期/u },
  // Arabic joins "and" to the next word: "أين ومتى".
  ar: { where: /(?<!\p{L})و?أين(?!\p{L})|في أي (?:مدينة|بلد|دولة)/u, when: /(?<!\p{L})و?متى(?!\p{L})/u },
};

/**
 * "Qui est le directeur du TSB ?", "¿Quién preside la Comisión de Estudio 11?": who holds an office,
 * as the English words the holder grammar reads ("who is the director", "who chairs"), by kind.
 */
const HOLDER_QUESTIONS: Record<ForeignLanguage, { frame: string; asks: RegExp }[]> = {
  fr: [
    { frame: 'who is the secretary-general', asks: /qui\s+(?:est|était)\s+(?:l'|le\s+|la\s+)(?:actuel(?:le)?\s+)?secr[ée]taire\s+g[ée]n[ée]ral/iu },
    { frame: 'who is the vice-chair', asks: /qui\s+(?:est|était|sont)\s+(?:le|la|les)\s+(?:actuel(?:le)?s?\s+)?vice-pr[ée]sident/iu },
    { frame: 'who is the chair', asks: /qui\s+(?:est|était|sont)\s+(?:le|la|les)\s+(?:actuel(?:le)?s?\s+)?pr[ée]sident|qui\s+pr[ée]side/iu },
    { frame: 'who is the director', asks: /qui\s+(?:est|était)\s+(?:le|la)\s+(?:actuel(?:le)?\s+)?direct(?:eur|rice)/iu },
    { frame: 'who heads', asks: /qui\s+dirige|qui\s+(?:est|était)\s+(?:le|la)\s+(?:actuel(?:le)?\s+)?(?:chef|responsable)/iu },
  ],
  es: [
    { frame: 'who is the secretary-general', asks: /qui[ée]n\s+(?:es|era)\s+(?:el|la)\s+(?:actual\s+)?secretari[oa]\s+general/iu },
    { frame: 'who is the vice-chair', asks: /qui[ée]n(?:es)?\s+(?:es|era|son)\s+(?:el|la|los|las)\s+(?:actual(?:es)?\s+)?vicepresident[ea]s?/iu },
    { frame: 'who is the chair', asks: /qui[ée]n(?:es)?\s+(?:es|era|son)\s+(?:el|la|los|las)\s+(?:actual(?:es)?\s+)?president[ea]s?|qui[ée]n\s+preside/iu },
    { frame: 'who is the director', asks: /qui[ée]n\s+(?:es|era)\s+(?:el|la)\s+(?:actual\s+)?director[a]?/iu },
    { frame: 'who heads', asks: /qui[ée]n\s+dirige|qui[ée]n\s+(?:es|era)\s+(?:el|la)\s+(?:actual\s+)?(?:jef[ea]|responsable)/iu },
  ],
  ru: [
    { frame: 'who is the secretary-general', asks: /кто\s+(?:является\s+)?генеральн\p{L}*\s+секретар/iu },
    { frame: 'who is the vice-chair', asks: /кто\s+(?:является\s+)?заместител\p{L}*\s+председател/iu },
    { frame: 'who is the chair', asks: /кто\s+(?:является\s+)?председател|кто\s+председательствует/iu },
    { frame: 'who is the director', asks: /кто\s+(?:является\s+)?директор/iu },
    { frame: 'who heads', asks: /кто\s+(?:возглавляет|руководит)|кто\s+(?:является\s+)?руководител/iu },
  ],
  zh: [
    { frame: 'who is the secretary-general', asks: /谁是.{0,12}秘书长|秘书长是谁/u },
    { frame: 'who is the vice-chair', asks: /谁是.{0,12}副主席|副主席是谁/u },
    { frame: 'who is the chair', asks: /谁是.{0,12}主席|主席是谁|谁担任.{0,12}主席|谁主持/u },
    { frame: 'who is the director', asks: /谁是.{0,12}主任|主任是谁|谁是.{0,12}局长|局长是谁/u },
    { frame: 'who heads', asks: /谁领导|谁负责领导|负责人是谁/u },
  ],
  ar: [
    { frame: 'who is the secretary-general', asks: /من\s+(?:هو|هي)\s+الأمين\s+العام/u },
    { frame: 'who is the vice-chair', asks: /من\s+(?:هو|هي|هم)\s+نائب\s+رئيس/u },
    { frame: 'who is the chair', asks: /من\s+(?:هو|هي)\s+رئيس|من\s+يرأس/u },
    { frame: 'who is the director', asks: /من\s+(?:هو|هي)\s+مدير/u },
    { frame: 'who heads', asks: /من\s+يدير|من\s+يقود/u },
  ],
};

/** "Qui a gagné…", "¿Qué país ganó…", "Кто победил…": who won a competition, which the winner grammar reads as "who won". */
const WINNER: Record<ForeignLanguage, RegExp> = {
  fr: /(?<!\p{L})(?:gagn[ée]\p{L}*|remport[ée]\p{L}*|lauréat\p{L}*|vainqueur\p{L}*)/iu,
  // "¿Quién ganó terreno…" gained ground; "Кто выиграл от…", "Что выиграли…" benefited.
  es: /(?<!\p{L})(?:gan[óo]|ganaron|ganador\p{L}*|vencedor\p{L}*)(?!\p{L})(?!\s+terreno)/iu,
  ru: /(?<!\p{L})(?:победил\p{L}*|(?<!что\s+)выиграл\p{L}*(?!\s+от(?!\p{L}))|победител\p{L}*)/iu,
  zh: /获胜|赢得|冠军|获奖|获得.{0,8}奖/u,
  ar: /(?<!\p{L})(?:فاز|فازت|الفائز\p{L}*)/u,
};

/** "Combien de bureaux…", "¿Cuántas oficinas…", "Сколько…", "多少", "كم": a count asked, framed as "how many". */
const HOW_MANY: Record<ForeignLanguage, RegExp> = {
  fr: /(?<!\p{L})combien(?!\p{L})/iu,
  es: /(?<!\p{L})cu[aá]nt[oa]s(?!\p{L})/iu,
  ru: /(?<!\p{L})сколько(?!\p{L})/iu,
  zh: /多少|几个|几家|几项/u,
  ar: /(?<!\p{L})كم(?!\p{L})/u,
};

/** "Combien de participants…", "¿Cuántos delegados…": a count of people, which the headcount grammar reads as "how many participants". */
const PEOPLE: Record<ForeignLanguage, RegExp> = {
  fr: /(?<!\p{L})(?:participants?|personnes|délégués|inscrits)(?!\p{L})/iu,
  es: /(?<!\p{L})(?:participantes|personas|delegados|asistentes)(?!\p{L})/iu,
  ru: /(?<!\p{L})(?:участник\p{L}*|человек|делегат\p{L}*)/iu,
  zh: /参与者|与会者|参会者|代表(?!处)|人参加|人出席/u,
  ar: /(?:ال)?مشارك(?:ين|ون)|أشخاص|(?:ال)?مندوبين/u,
};

/**
 * Words that make a numbered event only date the question ("¿Cuántas reuniones tuvo el QSDG después
 * de la AMNT-16?", "après la CMDT-22", "после ВАСЭ-16"; Chinese puts them after it, "WTSA-16之后"):
 * the event is then not what "where" or "when" asks of, as in English (`onlyDatesQuestion`).
 */
const DATED_BY: Record<ForeignLanguage, { before?: RegExp; after?: RegExp }> = {
  fr: { before: /(?<!\p{L})(?:après|avant|depuis|dès)\s+(?:l['’]\s*|le\s+|la\s+|les\s+)?$/iu },
  es: { before: /(?<!\p{L})(?:despu[eé]s\s+de|antes\s+de|desde|tras)\s+(?:la\s+|el\s+|los\s+|las\s+)?$/iu },
  ru: { before: /(?<!\p{L})(?:после|до|перед|с)\s+$/iu },
  zh: { after: /^\s*(?:之后|以后|后|之前|以前|前|以来)/u },
  ar: { before: /(?<!\p{L})(?:بعد|قبل|منذ)\s+$/u },
};

/** Whether an event the question names (a match of `EVENT` in `text`) only dates it (`DATED_BY`). */
function datesQuestion(text: string, event: RegExpMatchArray, lang: ForeignLanguage): boolean {
  const { before, after } = DATED_BY[lang];
  return !!before?.test(text.slice(0, event.index)) || !!after?.test(text.slice(event.index! + event[0].length));
}

/**
 * A foreign question without the events that only date it ("después de la AMNT-16"): the bridge
 * then carries neither the event nor its glossary term, which would draw the search to the
 * assembly's records, as an English question's "after WTSA-16" is left out of its keyword search.
 */
export function withoutForeignDatingEvents(text: string, lang: ForeignLanguage): string {
  const dating = [...text.matchAll(EVENT)].filter((m) => datesQuestion(text, m, lang));
  return dating.reduceRight((rest, m) => `${rest.slice(0, m.index)} ${rest.slice(m.index! + m[0].length)}`, text);
}

/** A numbered event as written in any script: "CMDT-22", "ВКРЭ-22", "WTSA-20". */
export const EVENT = /(?<![\p{L}\d])(\p{L}{2,6})-(\d{2,4})(?!\d)/gu;

/** The English name of an event the glossary knows in that language ("CMDT" in French → "WTDC"); the name itself otherwise. */
export function englishEvent(body: string, number: string, lang: ForeignLanguage): string {
  const lower = body.toLowerCase();
  const term = KEY_TERMS.find((t) => /^[A-Z]{2,6}$/.test(t.english) && t.forms[lang].some((form) => form.toLowerCase() === lower));
  return `${term?.english ?? body}-${number}`;
}

/**
 * The English frame of a foreign question's "where" / "when" (see above), of who holds an office
 * ("who is the director"), of who won, or of a count ("how many"); empty when it asks none of these.
 */
export function englishQuestionFrame(text: string, lang: ForeignLanguage): string {
  const holder = HOLDER_QUESTIONS[lang].find(({ asks }) => asks.test(text));
  if (holder) return holder.frame;
  if (WINNER[lang].test(text)) return 'who won';
  const { where, when } = INTERROGATIVES[lang];
  const asked = [where.test(text) && 'where', when.test(text) && 'when'].filter((word): word is string => word !== false);
  if (asked.length === 0) return HOW_MANY[lang].test(text) ? (PEOPLE[lang].test(text) ? 'how many participants' : 'how many') : '';
  const events = [...new Set([...text.matchAll(EVENT)].filter((m) => !datesQuestion(text, m, lang)).map((m) => englishEvent(m[1]!, m[2]!, lang)))];
  return events.length === 0 ? asked.join(' ') : events.map((event) => `${asked.join(' and ')} was ${event}`).join('; ');
}

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

/** A numbered event as written in any script: "CMDT-22", "ВКРЭ-22", "WTSA-20". */
const EVENT = /(?<![\p{L}\d])(\p{L}{2,6})-(\d{2,4})(?!\d)/gu;

/** The English name of an event the glossary knows in that language ("CMDT" in French → "WTDC"); the name itself otherwise. */
function englishEvent(body: string, number: string, lang: ForeignLanguage): string {
  const lower = body.toLowerCase();
  const term = KEY_TERMS.find((t) => /^[A-Z]{2,6}$/.test(t.english) && t.forms[lang].some((form) => form.toLowerCase() === lower));
  return `${term?.english ?? body}-${number}`;
}

/** The English frame of a foreign question's "where" / "when" (see above); empty when it asks neither. */
export function englishQuestionFrame(text: string, lang: ForeignLanguage): string {
  const { where, when } = INTERROGATIVES[lang];
  const asked = [where.test(text) && 'where', when.test(text) && 'when'].filter((word): word is string => word !== false);
  if (asked.length === 0) return '';
  const events = [...new Set([...text.matchAll(EVENT)].map((m) => englishEvent(m[1]!, m[2]!, lang)))];
  return events.length === 0 ? asked.join(' ') : events.map((event) => `${asked.join(' and ')} was ${event}`).join('; ');
}

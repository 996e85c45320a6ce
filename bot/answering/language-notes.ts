import type { QuestionLanguage } from '../../retrieval/query/parse-query.js';

/**
 * One line, in the question's language, saying that the answer is the reports' English text:
 * without a chat model no translation is possible offline, and the reader should know why.
 */
const ENGLISH_ONLY: Record<Exclude<QuestionLanguage, 'en'>, string> = {
  fr: 'Réponse extraite des rapports, en anglais (aucune traduction disponible) :',
  es: 'Respuesta extraída de los informes, en inglés (no hay traducción disponible):',
  ar: 'إجابة مستخرجة من التقارير باللغة الإنكليزية (لا تتوفر ترجمة):',
  zh: '以下答复摘自报告英文原文（无法提供翻译）：',
  ru: 'Ответ взят из докладов на английском языке (перевод недоступен):',
};

/** On an abstention there is no extract: the line says so, before the English text and nearest items. */
const NOT_ANSWERED: Record<Exclude<QuestionLanguage, 'en'>, string> = {
  fr: 'Les rapports ne répondent pas à cette question (suite en anglais, aucune traduction disponible) :',
  es: 'Los informes no responden a esta pregunta (sigue en inglés, no hay traducción disponible):',
  ar: 'لا تجيب التقارير عن هذا السؤال (التتمة باللغة الإنكليزية، لا تتوفر ترجمة):',
  zh: '报告未回答此问题（以下为英文，无法提供翻译）：',
  ru: 'В докладах нет ответа на этот вопрос (далее на английском языке, перевод недоступен):',
};

/**
 * The answer text, opened by one line in the question's language when it is not English: that
 * the answer is the reports' English text, or, on an abstention, that the reports do not answer.
 */
export function withLanguageNote(text: string, language: QuestionLanguage, abstained = false): string {
  if (language === 'en') return text;
  return `${(abstained ? NOT_ANSWERED : ENGLISH_ONLY)[language]}\n\n${text}`;
}

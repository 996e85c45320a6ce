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

/** The answer text, opened by the English-only line when the question is in another language. */
export function withLanguageNote(text: string, language: QuestionLanguage): string {
  return language === 'en' ? text : `${ENGLISH_ONLY[language]}\n\n${text}`;
}

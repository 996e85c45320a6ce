import { relatedOf, sourcesOf, type Answer, type Citation, type CitationRole } from '../../bot/answer.js';

/** The CLI's JSON contract (used by tests and the evaluation): keep these fields exactly. */
export interface AnswerJson {
  question: string;
  answer: string;
  abstained: boolean;
  /** Sources first, then related near hits; at most 5. */
  citations: {
    actionItem: string | null;
    resolution: string | null;
    /** Seed file name, the key the evaluation matches on. */
    document: string;
    /** Title and edition, as users see the document. */
    documentTitle: string;
    /** ISO date of the edition (empty when unknown). */
    edition: string;
    section: string;
    excerpt: string;
    score: number;
    role: CitationRole;
  }[];
  /** A list answer's action items, complete (present only on list answers). */
  listed?: string[];
}

const MAX_JSON_CITATIONS = 5;

/** The answer as one JSON object: the text, its citations with their roles, a list's items. */
export function toAnswerJson(question: string, answer: Answer): AnswerJson {
  return {
    question,
    answer: answer.text,
    abstained: answer.abstained,
    citations: [...sourcesOf(answer), ...relatedOf(answer)].slice(0, MAX_JSON_CITATIONS).map((c) => ({
      actionItem: c.actionItem,
      resolution: c.resolution,
      document: c.document,
      documentTitle: c.documentTitle,
      edition: c.edition,
      section: c.section,
      excerpt: c.excerpt,
      score: c.score,
      role: c.role,
    })),
    ...(answer.listed ? { listed: answer.listed } : {}),
  };
}

/** `Action item 44-30 — Title (edition) › Section`: where a citation points, in words. */
const where = (c: Citation): string => `${c.actionItem ? `Action item ${c.actionItem} — ` : ''}${c.documentTitle} › ${c.section}`;

/**
 * The readable form for a terminal: the complete answer text (no cards here), the numbered
 * sources with their excerpts, then the related near hits, one line each.
 */
export function toReadableText(answer: Answer): string {
  const sources = sourcesOf(answer).map((c, i) => `  [${i + 1}] ${where(c)}\n      “${c.excerpt}”`);
  const related = relatedOf(answer).map((c) => `  • ${where(c)}`);
  return [
    answer.text,
    ...(sources.length ? [`\nSources:\n${sources.join('\n')}`] : []),
    ...(related.length ? [`\nRelated:\n${related.join('\n')}`] : []),
  ].join('\n');
}

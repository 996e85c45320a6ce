import { truncate } from '../answering/key-sentences.js';
import type { DigestFact } from './digest.js';

/** Plain-text wording of change facts, shared by the digest's summaries and every channel. */

/** Long enough for nearly every sentence of the reports; a rare longer one is cut at a word. */
const QUOTE_CHARS = 300;

/** Tick marks as the reports' tables have them, shown as every channel's ✓. */
export const plainMarks = (text: string): string => text.replace(/[√✔☑]/g, '✓');

/** A quotation from the reports, cut at `maxChars`. */
export const quote = (text: string, maxChars: number = QUOTE_CHARS): string => `“${truncate(plainMarks(text.replace(/\s+/g, ' ').trim()), maxChars)}”`;

/** The mark as every channel shows it: ✓ or ✗, never the reports' "√". */
const markSymbol = (set: boolean): string => (set ? '✓' : '✗');

const MARK_NAMES = { completed: 'Completed', 'goals-met': 'Periodic goals met' } as const;

/** One fact as a line: `Periodic goals met ✗ → ✓`, `“eight area offices” → “nine area offices”`. */
export function describeFact(fact: DigestFact, maxQuote?: number): string {
  switch (fact.kind) {
    case 'mark':
      return `${MARK_NAMES[fact.mark]} ${markSymbol(fact.from)} → ${markSymbol(fact.to)}`;
    case 'value':
      if (fact.what === 'milestone') return `Milestone ${quote(fact.from, maxQuote)} → ${quote(fact.to, maxQuote)}`;
      if (fact.what === 'number') return `Renumbered ${fact.from} → ${fact.to}`;
      return `${quote(fact.from, maxQuote)} → ${quote(fact.to, maxQuote)}`;
    case 'reworded':
      return `${fact.what === 'action' ? 'Action' : fact.what === 'status' ? 'Status line' : 'Sentence'} reworded: ${quote(fact.to, maxQuote)}`;
    case 'sentence':
      if (fact.what === 'status') return `${fact.change === 'added' ? 'New status' : 'Status line removed'}: ${quote(fact.text, maxQuote)}`;
      return `${fact.change === 'added' ? 'Added' : 'Removed'}: ${quote(fact.text, maxQuote)}`;
  }
}

/** The facts of one change as one line, for its summary. */
export function summariseFacts(facts: DigestFact[], maxQuote?: number): string {
  return facts.map((fact) => describeFact(fact, maxQuote)).join('; ');
}

/**
 * How much a fact tells a delegate, lower first: marks and figures are what changed; new
 * status and sentences say more than rewordings.
 */
export function factWeight(fact: DigestFact): number {
  switch (fact.kind) {
    case 'mark':
      return 0;
    case 'value':
      // A changed year (a revision, a date) says less than a changed count.
      return fact.what === 'figure' && /^\D*\b(?:19|20)\d\d\b\D*$/.test(fact.to) ? 2 : 1;
    case 'sentence':
      return fact.change === 'added' ? 3 : 4;
    case 'reworded':
      return 5;
  }
}

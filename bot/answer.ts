/**
 * The channel-neutral answer: everything a renderer (Slack, Teams, CLI, playground) needs,
 * and nothing about any channel.
 */

/**
 * What a cited unit was for the answer: a `source` is what the answer drew on (the item it
 * describes, the passage it quotes, the items it lists, the units a model cited); `related` is
 * a near hit shown apart, so nobody mistakes it for support of the answer.
 */
export type CitationRole = 'source' | 'related';

export interface Citation {
  role: CitationRole;
  /** Action item number, e.g. `44-30`, when the source is an action item. */
  actionItem: string | null;
  /** Resolution number, e.g. `44`, when the source belongs to a Resolution. */
  resolution: string | null;
  /** Seed file name: for machines (evaluation, logs), never shown to users. */
  document: string;
  /** The document as users see it: title and edition, e.g. `Action Plan … Opinion (2022 edition)`. */
  documentTitle: string;
  /** ISO date of the document's edition (empty when unknown). */
  edition: string;
  /** Section or heading path, e.g. `Resolution 44 – Bridging the standardization gap …`. */
  section: string;
  excerpt: string;
  score: number;
  /** Link to the source when the manifest has one. */
  url: string | null;
}

/** The fields of one action item, for cards. */
export interface ActionItemCard {
  id: string;
  resolution: string;
  resolutionTitle: string;
  action: string;
  milestone: string;
  goalsMet: boolean;
  completed: boolean;
  latestStatus: string;
}

/** A nearby item offered when the bot abstains. */
export interface NearestItem {
  label: string;
  actionItem: string | null;
  /** What to ask to see it: "status of action item 44-35", a passage's own heading, untruncated. */
  question: string;
}

export interface Answer {
  question: string;
  /** Plain text, paragraphs separated by blank lines; no channel markup. Complete on its own. */
  text: string;
  /**
   * What to show beside `cards` in channels that render them: `text` without the action-item
   * fields the cards show (empty when the cards say it all). Absent when `text` repeats nothing
   * of the cards.
   */
  textBesideCards?: string;
  abstained: boolean;
  /** Sources first (each in rank order), then related near hits. */
  citations: Citation[];
  cards: ActionItemCard[];
  nearest: NearestItem[];
  /** A list answer's action items, complete and in order (the text names every one of them). */
  listed?: string[];
  /** Which path wrote `text`: the extractive composer or a language model. */
  generatedBy: 'extractive' | 'llm';
}

/** Where a question comes from, so follow-ups in one thread keep their context. */
export interface AskContext {
  /** Stable key of the thread or conversation, e.g. `slack:C123:1700000000.000100`. */
  conversationId?: string;
  /**
   * Receives a model-written reply as it is written, a sentence at a time once the citation
   * guard has cleared it, so a channel can stream it. The returned answer is what counts: it
   * may be the extractive answer (the model failed midway, the guard refused the reply, or this
   * callback threw), which must then replace what was streamed. Extractive answers never call it.
   */
  onText?: (delta: string) => Promise<void>;
}

/** What adapters depend on: a question in, an answer out. */
export interface Answerer {
  ask(question: string, context?: AskContext): Promise<Answer>;
}

/**
 * The citations an answer drew on. A citation without a role (an answer stored before roles
 * existed, shared later from Slack) counts as a source, as it was shown then.
 */
export function sourcesOf(answer: Pick<Answer, 'citations'>): Citation[] {
  return answer.citations.filter((c) => c.role !== 'related');
}

/** The near hits shown apart from the sources. */
export function relatedOf(answer: Pick<Answer, 'citations'>): Citation[] {
  return answer.citations.filter((c) => c.role === 'related');
}

/** The text to show with the answer's cards rendered next to it. */
export function textBesideCards(answer: Pick<Answer, 'text' | 'textBesideCards'>): string {
  return answer.textBesideCards ?? answer.text;
}

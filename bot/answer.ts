/**
 * The channel-neutral answer: everything a renderer (Slack, Teams, CLI, playground) needs,
 * and nothing about any channel.
 */

export interface Citation {
  /** Action item number, e.g. `44-30`, when the source is an action item. */
  actionItem: string | null;
  /** Resolution number, e.g. `44`, when the source belongs to a Resolution. */
  resolution: string | null;
  /** Seed file name. */
  document: string;
  documentTitle: string;
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
}

export interface Answer {
  question: string;
  /** Plain text, paragraphs separated by blank lines; no channel markup. */
  text: string;
  abstained: boolean;
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
}

/** What adapters depend on: a question in, an answer out. */
export interface Answerer {
  ask(question: string, context?: AskContext): Promise<Answer>;
}

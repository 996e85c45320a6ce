import { join } from 'node:path';
import { openCorpusIndex, type CorpusIndex } from '../retrieval/index/corpus-index.js';
import { createEmbeddings } from '../retrieval/embeddings/create-embeddings.js';
import type { IdentifiedEmbeddings } from '../retrieval/embeddings/embedding-cache.js';
import { sanitizeQuestion } from '../retrieval/query/parse-query.js';
import { searchCorpus, type SearchHit, type SearchResult } from '../retrieval/query/search-corpus.js';
import { loadEverydayWords } from '../retrieval/query/everyday-words.js';
import type { Answer, Answerer, AskContext } from './answer.js';
import { composeAnswer } from './answering/compose-answer.js';
import { looksLikeFollowUp, topicMemory, type ConversationTopic, type TopicMemory } from './answering/conversation-topics.js';
import { readQuestionNames } from '../retrieval/query/grammar/question-names.js';
import type { Config } from './config.js';
import { silentLogger, type Logger } from './logger.js';
import { questionProblem } from './question-limit.js';
import type { StateStore } from './state/state-store.js';

export interface RapporteurOptions {
  logger?: Logger;
  store?: StateStore;
  maxQuestionChars?: number;
}

function notice(question: string, text: string): Answer {
  return { question, text, abstained: true, citations: [], cards: [], nearest: [], generatedBy: 'extractive' };
}

/**
 * Question → cited answer, over a loaded index. Knows no channel. Holds the index a new
 * edition replaces (`replaceIndex`): a question is answered wholly from the edition that was
 * current when it arrived, so a swap never fails or mixes an answer.
 */
export class Rapporteur implements Answerer {
  private readonly logger: Logger;
  private readonly topics: TopicMemory;
  private readonly store: StateStore | undefined;
  private readonly maxQuestionChars: number;
  private current: CorpusIndex;

  constructor(index: CorpusIndex, options: RapporteurOptions = {}) {
    this.current = index;
    this.logger = options.logger ?? silentLogger;
    this.topics = topicMemory(options.store);
    this.store = options.store;
    this.maxQuestionChars = options.maxQuestionChars ?? 1000;
  }

  /** The edition questions are answered from now. */
  get index(): CorpusIndex {
    return this.current;
  }

  /** Answers later questions from `next`; questions already being answered finish on the old one. */
  replaceIndex(next: CorpusIndex): void {
    this.current = next;
  }

  /** Checks the question; returns a user-facing message when it cannot be asked as is. */
  validate(question: string): string | undefined {
    return questionProblem(question, this.maxQuestionChars);
  }

  /** Retrieval only, for composers other than the extractive one (the LLM path). */
  async retrieve(question: string, context: AskContext = {}, index: CorpusIndex = this.current): Promise<SearchResult> {
    // Another replica may have answered the previous question of this thread.
    if (context.conversationId) await this.store?.loadTopic(context.conversationId);
    const previous = context.conversationId ? this.topics.get(context.conversationId) : undefined;
    const followUp = previous !== undefined && looksLikeFollowUp(question);
    const contextResolution = followUp && previous.resolution ? previous.resolution : undefined;
    const result = await searchCorpus(index, question, {
      contextResolution,
      ...(followUp && previous.item ? { contextItem: previous.item } : {}),
      ...(followUp && previous.filter ? { contextFilter: previous.filter } : {}),
      ...(followUp && previous.events?.length ? { contextEvents: previous.events } : {}),
      ...(followUp && previous.listed?.length ? { contextList: previous.listed } : {}),
      ...(followUp && previous.question ? { contextQuestion: previous.question } : {}),
    });
    if (context.conversationId && result.confident) {
      this.topics.set(context.conversationId, topicOf(result, contextResolution, followUp ? previous : undefined));
    }
    return result;
  }

  /** Nearest real items for an abstention: neighbours of an unknown number, else the best hits. */
  nearest(result: SearchResult, index: CorpusIndex = this.current): SearchHit[] {
    const unknownItem = result.query.actionItemIds.find((id) => result.unknown.includes(id));
    if (unknownItem) {
      const resolution = String(Number(unknownItem.split('-')[0]));
      // Rows without a number of their own cannot be asked about by number.
      const siblings = index.records.filter((r) => r.kind === 'action-item' && r.resolution === resolution && /^\d{2}-\d{2}$/.test(r.id));
      const target = Number(unknownItem.split('-')[1]);
      return siblings
        .map((record) => ({ record, distance: Math.abs(Number((record as { id: string }).id.split('-')[1]) - target) }))
        .sort((a, b) => a.distance - b.distance)
        .slice(0, 3)
        .map(({ record }) => ({ record, document: index.documents.find((d) => d.file === record.document)!, score: 0, similarity: 0 }));
    }
    return result.hits;
  }

  async ask(question: string, context: AskContext = {}): Promise<Answer> {
    const problem = this.validate(question);
    if (problem) return notice(sanitizeQuestion(question).slice(0, 200), problem);
    const started = performance.now();
    const index = this.current;
    const result = await this.retrieve(question, context, index);
    const answer = composeAnswer(result, (r) => this.nearest(r, index));
    this.logger.debug(
      { mode: result.mode, abstained: answer.abstained, ms: Math.round(performance.now() - started) },
      'answered',
    );
    return answer;
  }
}

/** Enough for the whole plan's longest list (375 items), so that "the last one" and "which of them…" see all of it. */
const MAX_REMEMBERED_LIST = 400;

/** What a confident answer was about, for the thread's next question; a follow-up keeps what it did not replace. */
function topicOf(result: SearchResult, contextResolution: string | undefined, carried: ConversationTopic | undefined): ConversationTopic {
  const top = result.hits[0]?.record;
  // An item named ("44-31") moves the thread to its Resolution, whatever the thread was about.
  const named = result.mode === 'exact' && top?.kind === 'action-item' ? top.resolution : undefined;
  const resolution =
    result.query.resolutions[0] ??
    named ??
    contextResolution ??
    (top?.kind === 'action-item' ? top.resolution : top?.kind === 'resolution' ? top.number : null);
  const oneItem = result.mode !== 'list' && top?.kind === 'action-item' && (result.mode === 'ranked' || result.hits.length === 1);
  const { status, milestoneNames, marks } = result.query;
  const events = readQuestionNames(result.query.text).events;
  return {
    resolution: resolution ?? null,
    item: oneItem ? top.id : null,
    filter: result.mode === 'list' && status ? { status, milestoneNames, ...(marks ? { marks } : {}) } : null,
    events: events.length > 0 ? events.map((e) => e.toUpperCase()) : (carried?.events ?? []),
    listed: result.mode === 'list' ? result.hits.slice(0, MAX_REMEMBERED_LIST).flatMap((h) => (h.record.kind === 'action-item' ? [h.record.id] : [])) : [],
    question: result.query.text,
  };
}

/** The embeddings provider the configuration selects (offline USE-lite by default). */
export function configuredEmbeddings(config: Config): Promise<IdentifiedEmbeddings> {
  return createEmbeddings({
    provider: config.EMBEDDINGS_PROVIDER,
    model: config.EMBEDDINGS_MODEL,
    openAIApiKey: config.OPENAI_API_KEY,
    openAIBaseUrl: config.OPENAI_BASE_URL,
    transformersModelDir: config.TRANSFORMERS_MODEL_DIR,
  });
}

/** Opens the persisted index for the configured embedder; throws a coded error if ingest is needed. */
export async function openRapporteur(config: Config, options: RapporteurOptions = {}): Promise<Rapporteur> {
  const embeddings = await configuredEmbeddings(config);
  const index = await openCorpusIndex({ seedsDir: config.SEEDS_DIR, dataDir: config.DATA_DIR, embeddings });
  // Loads the model and the everyday-words table now so the first question is as fast as the rest.
  await embeddings.embedQuery('warm-up');
  loadEverydayWords();
  return new Rapporteur(index, { maxQuestionChars: config.MAX_QUESTION_CHARS, ...options });
}

/** Where the state store lives for a configuration. */
export function stateFile(config: Config): string {
  return join(config.DATA_DIR, 'state.sqlite');
}

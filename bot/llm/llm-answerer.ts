import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { StringOutputParser } from '@langchain/core/output_parsers';
import type { Runnable } from '@langchain/core/runnables';
import { sanitizeQuestion } from '../../retrieval/query/parse-query.js';
import type { Answer, Answerer, AskContext } from '../answer.js';
import { actionItemCard } from '../answering/action-item-text.js';
import { citationsOf } from '../answering/answer-citations.js';
import { composeAnswer } from '../answering/compose-answer.js';
import { silentLogger, type Logger } from '../logger.js';
import type { Rapporteur } from '../rapporteur.js';
import { guardCitations } from './citation-guard.js';
import { GuardedStream } from './guarded-stream.js';
import { screenReply } from './reply-screen.js';
import { combineRetrievals, type CombinedRetrieval } from './combine-retrievals.js';
import { escapePromptData, type PromptTemplates } from './prompt-templates.js';
import { formatUnits, reportUnits, unitLabels, type ReportUnit } from './report-units.js';

export interface LlmAnswererOptions {
  model: BaseChatModel;
  prompts: PromptTemplates;
  /** Bounds all model work for one question (rewrite and answer together). */
  timeoutMs: number;
  logger?: Logger;
}

type TextChain = Runnable<Record<string, string>, string>;

/** Why a model answer was replaced by the extractive one, for the logs. */
type FallbackReason =
  | 'timeout'
  | 'provider-error'
  | 'stream-failed'
  | 'no-valid-citation'
  | 'invented-reference'
  | 'instruction-markers'
  | 'configuration';

const MAX_CARDS = 3;
const MAX_REWRITE_CHARS = 300;
/** Conversations whose last query is remembered for follow-ups; the oldest is forgotten first. */
const REMEMBERED_CONVERSATIONS = 1000;

/** The model's rewrite as a one-line query, or `undefined` when it gave nothing usable. */
function cleanRewrite(reply: string): string | undefined {
  const line = reply.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
  const query = sanitizeQuestion(line.replace(/^(query|search query)\s*:\s*/i, '').replace(/^["'“”«»]+|["'“”«»]+$/g, ''));
  return query ? query.slice(0, MAX_REWRITE_CHARS) : undefined;
}

/**
 * Answers through a language model, wrapping the Rapporteur: retrieve (on the question and on
 * the model's standalone English rewrite of it) → abstentions stay extractive → the model
 * words a reply from the retrieved units → the reply is screened (role lines, instructions,
 * configuration names: extractive) → the citation guard drops citations of anything not
 * retrieved → a cited answer, or the extractive answer when the model timed out, failed,
 * named an item in prose that was not retrieved, or cited nothing valid. `generatedBy` says
 * which path wrote the text.
 */
export class LlmAnswerer implements Answerer {
  private readonly answerChain: TextChain;
  private readonly rewriteChain: TextChain;
  private readonly timeoutMs: number;
  private readonly logger: Logger;
  private readonly previousQueries = new Map<string, string>();

  constructor(
    readonly rapporteur: Rapporteur,
    options: LlmAnswererOptions,
  ) {
    const text = new StringOutputParser();
    this.answerChain = options.prompts.answer.pipe(options.model).pipe(text);
    this.rewriteChain = options.prompts.rewriteQuestion.pipe(options.model).pipe(text);
    this.timeoutMs = options.timeoutMs;
    this.logger = options.logger ?? silentLogger;
  }

  async ask(question: string, context: AskContext = {}): Promise<Answer> {
    // Empty or oversized questions get the Rapporteur's notice; no model sees them.
    if (this.rapporteur.validate(question)) return this.rapporteur.ask(question, context);
    const started = performance.now();
    const signal = AbortSignal.timeout(this.timeoutMs);
    const clean = sanitizeQuestion(question);

    const [own, rewrite] = await Promise.all([
      this.rapporteur.retrieve(question, context),
      this.rewrite(clean, context.conversationId, signal),
    ]);
    // The rewrite is standalone, so it is searched without the conversation's context.
    const rewritten = rewrite && rewrite.toLowerCase() !== clean.toLowerCase() ? await this.rapporteur.retrieve(rewrite) : undefined;
    if (context.conversationId) this.remember(context.conversationId, rewrite ?? clean);
    const combined = combineRetrievals(own, rewritten);
    const extractive: Answer = { ...composeAnswer(combined.best, (r) => this.rapporteur.nearest(r)), question: clean };
    if (extractive.abstained) return extractive;

    const answer = await this.worded(clean, combined, signal, context.onText);
    const result = answer ?? extractive;
    this.logger.debug(
      { generatedBy: result.generatedBy, citations: result.citations.map((c) => c.actionItem ?? c.section), ms: Math.round(performance.now() - started) },
      'answered',
    );
    return result;
  }

  /** The model's standalone English search query for the question, or `undefined` on any failure. */
  private async rewrite(question: string, conversationId: string | undefined, signal: AbortSignal): Promise<string | undefined> {
    const previous = conversationId ? this.previousQueries.get(conversationId) : undefined;
    try {
      const reply = await this.rewriteChain.invoke(
        { previous: previous ? escapePromptData(previous) : 'none', question: escapePromptData(question) },
        { signal },
      );
      return cleanRewrite(reply);
    } catch (error) {
      this.logger.warn({ err: error, timedOut: signal.aborted }, 'question rewrite failed: searching the question only');
      return undefined;
    }
  }

  /** The model's cited answer, or `undefined` when the extractive answer must stand in. */
  private async worded(
    question: string,
    combined: CombinedRetrieval,
    signal: AbortSignal,
    onText: AskContext['onText'],
  ): Promise<Answer | undefined> {
    const units = reportUnits(combined.hits);
    const query = combined.best.query.text;
    const input = {
      reports: formatUnits(units, query, { brief: combined.best.mode === 'list' }),
      missing: combined.unknown.length ? escapePromptData(combined.unknown.join(', ')) : 'none',
      question: escapePromptData(question),
    };
    const labels = unitLabels(units);
    let channelFailed = false;
    const stream =
      onText &&
      new GuardedStream(
        (text) => {
          const prefix = screenReply(text) ? undefined : guardCitations(text, labels, combined.unknown);
          return prefix && prefix.invented.length === 0 ? prefix.text : undefined;
        },
        async (delta) => {
          await onText(delta).catch((error: unknown) => {
            channelFailed = true;
            throw error;
          });
        },
      );
    let reply: string;
    try {
      if (!stream) reply = await this.answerChain.invoke(input, { signal });
      else {
        for await (const delta of await this.answerChain.stream(input, { signal })) await stream.push(delta);
        reply = stream.reply;
      }
    } catch (error) {
      // A stream cut midway (by the model or by the channel) must not end as half an answer.
      const reason = channelFailed ? 'stream-failed' : signal.aborted ? 'timeout' : 'provider-error';
      return this.fallback(reason, { err: error, streamedChars: stream?.reply.length });
    }
    // A steered reply is refused whole: what it says around its citations cannot be trusted.
    const screened = screenReply(reply);
    if (screened) return this.fallback(screened.reason, { match: screened.match });
    const guarded = guardCitations(reply, labels, combined.unknown);
    const retrieved = units.map((u) => u.id);
    if (guarded.invented.length > 0) return this.fallback('invented-reference', { invented: guarded.invented, retrieved });
    if (guarded.removed.length > 0) {
      this.logger.warn({ removed: guarded.removed, retrieved }, 'citation guard removed citations of units that were not retrieved');
    }
    if (guarded.cited.length === 0 || !/\p{L}/u.test(guarded.text)) return this.fallback('no-valid-citation', { removed: guarded.removed });
    try {
      await stream?.finish(guarded.text);
    } catch (error) {
      return this.fallback('stream-failed', { err: error });
    }

    const byId = new Map<string, ReportUnit>(units.map((u) => [u.id, u]));
    const cited = guarded.cited.map((id) => byId.get(id)!.hit);
    return {
      question,
      text: guarded.text,
      abstained: false,
      citations: citationsOf(cited, combined.hits, query),
      cards: cited.flatMap((hit) => (hit.record.kind === 'action-item' ? [actionItemCard(hit.record)] : [])).slice(0, MAX_CARDS),
      nearest: [],
      generatedBy: 'llm',
    };
  }

  private fallback(reason: FallbackReason, details: Record<string, unknown>): undefined {
    this.logger.warn({ reason, ...details }, 'language model answer replaced by the extractive answer');
    return undefined;
  }

  private remember(conversationId: string, query: string): void {
    this.previousQueries.delete(conversationId);
    this.previousQueries.set(conversationId, query);
    if (this.previousQueries.size > REMEMBERED_CONVERSATIONS) {
      this.previousQueries.delete(this.previousQueries.keys().next().value!);
    }
  }
}

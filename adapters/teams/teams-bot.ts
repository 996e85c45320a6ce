import { randomUUID } from 'node:crypto';
import {
  ActivityHandler,
  ActivityTypes,
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type ChannelAccount,
  type InvokeResponse,
} from 'botbuilder';
import type { Answer, Answerer } from '../../bot/answer.js';
import type { Logger } from '../../bot/logger.js';
import type { OutboxDispatcher } from '../../bot/outbox/outbox-dispatcher.js';
import type { OutboxPost } from '../../bot/state/outbox-store.js';
import type { StateStore } from '../../bot/state/state-store.js';
import { withConnectorRetry, type ConnectorRetryOptions } from './connector-retry.js';
import { TeamsAnswerStream } from './teams-answer-stream.js';
import {
  conversationName,
  forgetConversation,
  rememberConversation,
  teamsAnswerKey,
  teamsConversationKey,
} from './teams-conversations.js';
import { renderTeamsErrorReply } from './teams-error-reply.js';
import { FEEDBACK_INVOKE_NAME, parseFeedbackInvoke } from './teams-feedback.js';
import { renderTeamsHelp } from './teams-help.js';
import { teamsReplyDecision } from './teams-message.js';
import type { TeamsPostContext } from './teams-outbox-poster.js';
import { renderTeamsAnswer } from './teams-renderer.js';
import { escapeHtml } from './teams-text.js';

/**
 * Builds the digest preview for a conversation ("digest" in a chat): one message, or several
 * in order when the digest is longer than one Teams message. Without it the bot says that
 * previews are not set up.
 */
export type TeamsDigestPreview = (request: {
  conversationId: string;
  conversationName: string;
}) => Promise<Partial<Activity> | Partial<Activity>[]>;

export interface TeamsBotOptions {
  answerer: Answerer;
  store: StateStore;
  /** Sends what the bot posts outside a turn (late answers, apologies) through the outbox. */
  outbox: Pick<OutboxDispatcher, 'post'>;
  logger: Logger;
  retry: ConnectorRetryOptions;
  /** How long a turn may wait for an answer before it returns and posts the answer later. */
  turnBudgetMs: number;
  digestPreview?: TeamsDigestPreview;
}

const DIGEST_COMMAND = /^digest$/i;
/** A late answer still unsent after this long (the bot was down, or removed) is no longer posted. */
const LATE_POST_KEEP_MS = 24 * 60 * 60_000;

const includesBot = (members: ChannelAccount[] | undefined, bot: ChannelAccount | undefined): boolean =>
  bot !== undefined && (members ?? []).some((member) => member.id === bot.id);

/** The answer with a one-line note (attachments not read) after it, when there is one. */
function withNote(message: Partial<Activity>, note: string | undefined): Partial<Activity> {
  return note ? { ...message, text: `${message.text ?? ''}\n\n${escapeHtml(note)}` } : message;
}

type BudgetOutcome<T> = { done: true; value: T } | { done: false };

/** Waits for `work` at most `ms`; the work itself goes on either way. */
async function withinBudget<T>(work: Promise<T>, ms: number): Promise<BudgetOutcome<T>> {
  let timer: NodeJS.Timeout | undefined;
  const elapsed = new Promise<BudgetOutcome<T>>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), ms);
  });
  try {
    return await Promise.race([work.then((value): BudgetOutcome<T> => ({ done: true, value })), elapsed]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Rapporteur in Teams: answers personal chats, group chats and channel @mentions with cited
 * answers (talk addressed to others and acknowledgements get no reply: `decideReply`), keeps
 * conversation references for proactive posts, and stores 👍/👎 feedback.
 */
export class RapporteurTeamsBot extends TeamsActivityHandler {
  /** Answers still being posted after their turn ended (Teams' 15 s window). */
  private readonly late = new Set<Promise<void>>();

  constructor(private readonly options: TeamsBotOptions) {
    super();
    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (includesBot(context.activity.membersAdded, context.activity.recipient)) {
        rememberConversation(this.options.store, context.activity);
      }
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      if (includesBot(context.activity.membersRemoved, context.activity.recipient)) {
        forgetConversation(this.options.store, context.activity);
      }
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      rememberConversation(this.options.store, context.activity);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      forgetConversation(this.options.store, context.activity);
      await next();
    });
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== FEEDBACK_INVOKE_NAME) return super.onInvokeActivity(context);
    const parsed = await parseFeedbackInvoke(context.activity, this.options.store);
    if (!parsed.ok) {
      this.options.logger.warn({ problem: parsed.problem }, 'Teams feedback invoke refused');
      return { status: 400, body: { error: parsed.problem } };
    }
    if (!parsed.answerFound) {
      this.options.logger.warn({ replyToId: context.activity.replyToId }, 'Teams feedback on an answer that is not stored');
    }
    this.options.store.recordFeedback(parsed.entry);
    return ActivityHandler.createInvokeResponse({});
  }

  /** Resolves when every answer that outlived its turn has been posted (or failed and was logged). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.late]);
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const { activity } = context;
    const { store, logger } = this.options;
    rememberConversation(store, activity);
    const conversationId = `teams:${activity.conversation.id}`;
    // Looked up before deciding (the decision is synchronous); another replica may have answered them.
    const follows = await store.isAsker(conversationId, activity.from.id);
    const decision = teamsReplyDecision(activity, () => follows);
    if (decision.reply === 'none') {
      logger.debug({ reason: decision.reason, conversationId }, 'Teams message not for the bot');
      return;
    }
    // Whoever the bot replied to may follow up in this thread or group chat without a mention.
    store.addAsker(conversationId, activity.from.id);
    if (decision.reply === 'help') {
      await this.reply(context, renderTeamsHelp());
      return;
    }
    if (decision.reply === 'note') {
      await this.reply(context, { type: 'message', text: escapeHtml(decision.note) });
      return;
    }
    const { question, note } = decision;
    if (DIGEST_COMMAND.test(question)) {
      for (const message of await this.digestPreview(activity)) await this.reply(context, message);
      return;
    }

    await this.sendTyping(context);
    // A long answer (a complete list) continues in further messages; the note goes on the first.
    const render = (answer: Answer): Partial<Activity>[] => {
      const [first, ...rest] = renderTeamsAnswer(answer);
      return [withNote(first!, note), ...rest];
    };
    // Personal chats show a model-written answer as it is written; extractive answers never stream.
    const stream = TeamsAnswerStream.supported(context) ? new TeamsAnswerStream((message) => this.reply(context, message)) : undefined;
    const answering = this.options.answerer.ask(question, { conversationId, ...(stream ? { onText: stream.onText } : {}) });
    const outcome = await withinBudget(answering, this.options.turnBudgetMs);
    if (outcome.done) {
      const [first, ...rest] = render(outcome.value);
      const id = await this.reply(context, stream ? stream.final(first!) : first!);
      for (const message of rest) await this.reply(context, message);
      // Feedback may name the final message or the stream it closed.
      for (const posted of new Set([id, stream?.id])) this.keepAnswer(activity, posted, question, outcome.value);
      return;
    }
    stream?.detach();
    // Teams drops a turn that runs past ~15 s; finish it as a proactive reply instead.
    logger.info({ question, conversationId }, 'Teams answer outlived the turn; posting it when ready');
    this.finishLater(TurnContext.getConversationReference(activity), activity, question, answering, render);
  }

  /**
   * Posts the answer (or, when answering failed, an apology) through the outbox once it is
   * ready: recorded before it is sent, marked sent only when the connector confirms it,
   * retried when the connector is busy, and resumed after a restart.
   */
  private finishLater(
    reference: ReturnType<typeof TurnContext.getConversationReference>,
    activity: Activity,
    question: string,
    answering: Promise<Answer>,
    render: (answer: Answer) => Partial<Activity>[],
  ): void {
    const { outbox, logger } = this.options;
    const conversation = teamsConversationKey(activity.conversation.id);
    const post = (kind: 'late-answer' | 'apology', parts: Partial<Activity>[], context: TeamsPostContext): OutboxPost => ({
      // Keyed by the question's activity, so its answer is recorded once; one without an id is its own.
      key: `teams:${kind}:${activity.conversation.id}:${activity.id ?? randomUUID()}`,
      kind,
      channel: 'teams',
      target: conversation,
      conversation,
      label: `${kind === 'late-answer' ? 'late answer' : 'apology'} in ${conversation}`,
      parts,
      context,
      expiresAt: Date.now() + LATE_POST_KEEP_MS,
    });
    const delivery = answering
      .then(
        (answer) => outbox.post(post('late-answer', render(answer), { reference, keep: { conversationId: activity.conversation.id, question, answer } })),
        (error: unknown) => {
          logger.error({ err: error, question, conversationId: activity.conversation.id }, 'Teams late answer failed');
          return outbox.post(post('apology', [renderTeamsErrorReply(error)], { reference }));
        },
      )
      .then(
        () => undefined,
        (error: unknown) => logger.error({ err: error, question }, 'Teams late answer could not be put in the outbox'),
      )
      .finally(() => this.late.delete(delivery));
    this.late.add(delivery);
  }

  private async digestPreview(activity: Activity): Promise<Partial<Activity>[]> {
    if (!this.options.digestPreview) {
      return [{ type: 'message', text: 'Digest previews are not set up on this server yet.' }];
    }
    const preview = await this.options.digestPreview({
      conversationId: teamsConversationKey(activity.conversation.id),
      conversationName: conversationName(activity),
    });
    return Array.isArray(preview) ? preview : [preview];
  }

  private async reply(context: TurnContext, message: Partial<Activity>): Promise<string | undefined> {
    const response = await withConnectorRetry(() => context.sendActivity(message), this.options.retry, (status, attempt) =>
      this.options.logger.warn({ status, attempt, question: context.activity.text }, 'Teams connector busy; retrying'),
    );
    return response?.id;
  }

  /** A typing indicator is a courtesy: failing to show it must not cost the answer. */
  private async sendTyping(context: TurnContext): Promise<void> {
    try {
      await context.sendActivity({ type: ActivityTypes.Typing });
    } catch (error) {
      this.options.logger.debug({ err: error }, 'Teams typing indicator not delivered');
    }
  }

  /** Stored under the posted message's id, so 👍/👎 on it can be saved with question and answer. */
  private keepAnswer(activity: Activity, postedId: string | undefined, question: string, answer: Answer): void {
    if (!postedId) return;
    this.options.store.saveAnswer({
      id: teamsAnswerKey(activity.conversation.id, postedId),
      channel: 'teams',
      conversationId: `teams:${activity.conversation.id}`,
      question,
      answer,
    });
  }
}

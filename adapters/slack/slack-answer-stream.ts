import type { types, webApi } from '@slack/bolt';
import type { Answer } from '../../bot/answer.js';
import type { Logger } from '../../bot/logger.js';
import { postRenderedAnswer, slackErrorOf } from './slack-delivery.js';
import type { RenderedSlackAnswer } from './slack-renderer.js';

/** Where a streamed answer goes: a thread (Slack streams only there) and whom it answers. */
export interface SlackStreamTarget {
  channel: string;
  threadTs: string;
  /** Slack needs the recipient to stream outside a DM. */
  recipientUserId: string;
  recipientTeamId?: string;
}

/** Text is sent in pieces of at least this size, so a fast model does not hit the append rate limit. */
const APPEND_CHARS = 120;

/** The final answer, rendered whole and as the blocks that close a stream whose text stands. */
export interface FinishedSlackAnswer {
  answer?: Answer;
  rendered: RenderedSlackAnswer;
  /** Cards, sources, related, the model label and the feedback buttons. */
  footer: types.KnownBlock[];
}

/**
 * A model-written answer streamed into its thread (`chat.startStream`, `chat.appendStream`,
 * `chat.stopStream`). Nothing is sent until the model writes, so extractive answers stay single
 * messages. When the stream ends, the final answer decides: the streamed text is the guarded
 * text, so the stream stops with the sources and feedback under it; or it is not (the guard
 * changed a citation, the model or an append failed and the extractive answer stands in), so the
 * streamed message is replaced by the final answer, never left as half an answer.
 */
export class SlackAnswerStream {
  private ts: string | undefined;
  private sent = '';
  private pending = '';

  constructor(
    private readonly client: webApi.WebClient,
    private readonly target: SlackStreamTarget,
    private readonly log: Logger,
  ) {}

  /** Takes the model's next piece of text; throws when Slack refuses it, which ends the model's stream. */
  readonly onText = async (delta: string): Promise<void> => {
    this.pending += delta;
    if (this.pending.trim() === '' || this.pending.length < APPEND_CHARS) return;
    const text = this.pending;
    if (this.ts === undefined) {
      const { channel, threadTs, recipientUserId, recipientTeamId } = this.target;
      const started = await this.client.chat.startStream({
        channel,
        thread_ts: threadTs,
        markdown_text: text,
        recipient_user_id: recipientUserId,
        ...(recipientTeamId ? { recipient_team_id: recipientTeamId } : {}),
      });
      this.ts = started.ts;
    } else {
      await this.client.chat.appendStream({ channel: this.target.channel, ts: this.ts, markdown_text: text });
    }
    this.sent += text;
    this.pending = '';
  };

  /**
   * Ends the stream with the final answer and returns true, or returns false when nothing was
   * streamed (the caller posts the answer as usual). Throws what Slack refused when even the
   * replacement could not be posted.
   */
  async finish(final: FinishedSlackAnswer): Promise<boolean> {
    const { ts } = this;
    if (ts === undefined) return false;
    const { channel } = this.target;
    const stands = final.answer?.generatedBy === 'llm' && final.answer.text === this.sent + this.pending && final.rendered.threadReplies.length === 0;
    if (stands) {
      try {
        await this.client.chat.stopStream({ channel, ts, ...(this.pending ? { markdown_text: this.pending } : {}), blocks: final.footer });
        return true;
      } catch (error) {
        this.log.warn({ err: error, slackError: slackErrorOf(error) }, 'could not stop the Slack stream with its sources; replacing it');
      }
    } else {
      await this.client.chat.stopStream({ channel, ts }).catch((error: unknown) => {
        this.log.debug({ err: error, slackError: slackErrorOf(error) }, 'could not stop the Slack stream before replacing it');
      });
    }
    await this.replace(ts, final.rendered);
    return true;
  }

  /** The streamed message becomes the final answer; if it cannot be edited, the answer is posted anew. */
  private async replace(ts: string, rendered: RenderedSlackAnswer): Promise<void> {
    const { channel, threadTs } = this.target;
    try {
      await this.client.chat.update({ channel, ts, text: rendered.message.text, blocks: rendered.message.blocks });
    } catch (error) {
      this.log.warn({ err: error, slackError: slackErrorOf(error) }, 'could not replace the streamed answer; posting it anew');
      await this.client.chat.delete({ channel, ts }).catch(() => undefined);
      await postRenderedAnswer(this.client, { channel, threadTs }, rendered, this.log);
      return;
    }
    for (const reply of rendered.threadReplies) {
      await postRenderedAnswer(this.client, { channel, threadTs }, { message: reply, threadReplies: [] }, this.log);
    }
  }
}

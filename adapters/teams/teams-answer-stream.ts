import { ActivityTypes, type Activity, type Entity, type TurnContext } from 'botbuilder';

/** What Teams reads to show a reply as it is written (personal chats only). */
interface StreamInfo extends Entity {
  type: 'streaminfo';
  streamType: 'informative' | 'streaming' | 'final';
  streamSequence?: number;
  streamId?: string;
}

/** Shown while the first sentence is being checked. */
const INFORMATIVE_TEXT = 'Reading the ITU reports…';
/** Teams accepts about one streaming update a second; quicker pieces wait for the next one. */
const UPDATE_INTERVAL_MS = 1000;

/**
 * A model-written answer streamed into a Teams personal chat: an informative update first, then
 * typing activities carrying the text so far (each a `streaminfo` entity with a rising
 * `streamSequence`, all naming the stream by the first update's id), then one final message
 * (`streamType: 'final'`) carrying the answer with its citations and AI label. Teams shows the
 * final message in place of the streamed text, so a stream cut midway ends with whatever answer
 * is final, the extractive one included. Nothing is sent until the model writes.
 */
export class TeamsAnswerStream {
  private streamId: string | undefined;
  private sequence = 0;
  private text = '';
  private lastUpdate = 0;
  private detached = false;

  constructor(private readonly send: (message: Partial<Activity>) => Promise<string | undefined>) {}

  /** Streams the model's next cleared piece; throws when Teams refuses it, which ends the model's stream. */
  readonly onText = async (delta: string): Promise<void> => {
    this.text += delta;
    if (this.detached) return;
    if (this.streamId === undefined) {
      this.streamId = await this.update(INFORMATIVE_TEXT, 'informative');
      if (this.streamId === undefined) throw new Error('Teams did not return an id for the stream');
      // The first text follows the informative update at once.
      this.lastUpdate = 0;
    }
    if (Date.now() - this.lastUpdate < UPDATE_INTERVAL_MS) return;
    await this.update(this.text, 'streaming');
  };

  /** The id Teams gave the stream (its first update), once anything was streamed. */
  get id(): string | undefined {
    return this.streamId;
  }

  /** The turn is over (the answer will be posted later): no more updates, and the model is not interrupted. */
  detach(): void {
    this.detached = true;
  }

  /** The answer's first message as the stream's final message; unchanged when nothing was streamed. */
  final(message: Partial<Activity>): Partial<Activity> {
    if (this.streamId === undefined) return message;
    const info: StreamInfo = { type: 'streaminfo', streamType: 'final', streamId: this.streamId };
    return { ...message, entities: [...(message.entities ?? []), info] };
  }

  private async update(text: string, streamType: 'informative' | 'streaming'): Promise<string | undefined> {
    this.sequence += 1;
    this.lastUpdate = Date.now();
    const info: StreamInfo = {
      type: 'streaminfo',
      streamType,
      streamSequence: this.sequence,
      ...(this.streamId ? { streamId: this.streamId } : {}),
    };
    return this.send({ type: ActivityTypes.Typing, text, entities: [info] });
  }

  /** Teams streams only in one-to-one chats with the bot. */
  static supported(context: TurnContext): boolean {
    return context.activity.conversation.conversationType === 'personal';
  }
}

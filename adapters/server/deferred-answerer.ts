import type { Answer, Answerer, AskContext } from '../../bot/answer.js';
import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';

/**
 * An Answerer that exists before the real one does. The server and its channels are built
 * and listening while the index is still being ingested or loaded; questions asked in that
 * window get a coded "not ready" error instead of waiting minutes (Slack and Teams retry
 * requests that take longer than a few seconds).
 */
export class DeferredAnswerer implements Answerer {
  private target: Answerer | undefined;

  /** Puts the real answerer in place; every later question goes to it. */
  resolve(answerer: Answerer): void {
    this.target = answerer;
  }

  get resolved(): boolean {
    return this.target !== undefined;
  }

  async ask(question: string, context?: AskContext): Promise<Answer> {
    if (!this.target) {
      throw new RapporteurError(
        ErrorCode.NotReady,
        'Rapporteur is still loading its index. Try again in a minute.',
      );
    }
    return this.target.ask(question, context);
  }
}

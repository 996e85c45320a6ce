/**
 * A model's reply passed on as it is written, but only what the citation guard has cleared:
 * text goes out a whole sentence at a time (with no bracket or parenthesis left open), after
 * the guard has read everything up to there. A prefix the guard refuses (an invented
 * reference in prose, a steered reply) stops the stream; the caller then replaces what was
 * shown with the extractive answer. So nobody sees an invented citation, even for a moment.
 */
export class GuardedStream {
  private raw = '';
  private shown = '';
  private stopped = false;

  /**
   * @param check the guarded form of a reply prefix, or `undefined` when it must not be shown
   * @param onText receives each newly cleared piece; a throw ends the model's stream
   */
  constructor(
    private readonly check: (text: string) => string | undefined,
    private readonly onText: (delta: string) => Promise<void>,
  ) {}

  /** The model's whole reply so far, unguarded, for the final check. */
  get reply(): string {
    return this.raw;
  }

  /** Takes the model's next piece and passes on whatever it lets the guard clear. */
  async push(delta: string): Promise<void> {
    this.raw += delta;
    const cut = lastSentenceEnd(this.raw);
    if (!this.stopped && cut > 0) await this.show(this.check(this.raw.slice(0, cut)));
  }

  /** Passes on the rest of the final guarded text, when it continues what was shown. */
  async finish(finalText: string): Promise<void> {
    await this.show(finalText);
  }

  private async show(guarded: string | undefined): Promise<void> {
    // The guard may write an earlier piece differently once it sees more; the final answer then replaces the stream.
    if (guarded === undefined || !guarded.startsWith(this.shown)) {
      this.stopped = true;
      return;
    }
    const fresh = guarded.slice(this.shown.length);
    if (this.stopped || fresh === '') return;
    this.shown = guarded;
    await this.onText(fresh);
  }
}

/** Where the last complete sentence (or line) ends with every bracket closed, or 0 when none does. */
function lastSentenceEnd(text: string): number {
  let depth = 0;
  let end = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '[' || c === '(') depth += 1;
    else if ((c === ']' || c === ')') && depth > 0) depth -= 1;
    else if (depth === 0 && (c === '\n' || (/[.!?;]/.test(c) && /\s/.test(text[i + 1] ?? '')))) end = i + 1;
  }
  return end;
}

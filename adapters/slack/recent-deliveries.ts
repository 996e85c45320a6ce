/**
 * Remembers what was recently handled so Slack's redeliveries are answered once: retries of
 * one event (same `event_id`, `X-Slack-Retry-Num` > 0) and the same message arriving as both
 * `app_mention` and `message` (same channel and `ts`, different `event_id`). Slack retries
 * within about five minutes, so keys are kept for ten and the oldest go first.
 */
export class RecentDeliveries {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly keepMs = 10 * 60_000,
    private readonly maxKeys = 20_000,
  ) {}

  /**
   * Claims every key at once: true when none was seen before (the caller handles the delivery),
   * false when any was (a duplicate). Keys are remembered either way.
   */
  claim(keys: string[], now = Date.now()): boolean {
    this.forgetExpired(now);
    const fresh = keys.every((key) => !this.seen.has(key));
    for (const key of keys) {
      this.seen.delete(key);
      this.seen.set(key, now);
    }
    // A Map iterates in insertion order and claim re-inserts, so the oldest entries come first.
    for (const key of this.seen.keys()) {
      if (this.seen.size <= this.maxKeys) break;
      this.seen.delete(key);
    }
    return fresh;
  }

  private forgetExpired(now: number): void {
    for (const [key, at] of this.seen) {
      if (now - at < this.keepMs) break;
      this.seen.delete(key);
    }
  }
}

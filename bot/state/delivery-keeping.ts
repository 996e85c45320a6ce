/** Slack retries for about an hour at most and Teams for minutes; a day is a wide margin. */
export const DELIVERY_KEEP_MS = 24 * 60 * 60_000;

/** Pruning is one indexed DELETE; doing it once a minute keeps it off the hot path. */
export const PRUNE_EVERY_MS = 60_000;

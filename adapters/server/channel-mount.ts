import type { Application } from 'express';

/**
 * A channel that lives on the bot's one HTTP server. Adapters expose this; the server
 * mounts whatever is configured and knows nothing else about them.
 */
export interface ChannelMount {
  /** `slack`, `teams`, `web`. */
  name: string;
  /** Adds the channel's routes (e.g. `POST /slack/events`, `POST /api/messages`). */
  mount(app: Application): void;
  /** Starts anything that is not an HTTP route (Socket Mode connection). */
  start?(): Promise<void>;
  /**
   * Finishes work in flight and releases connections, on shutdown. When `deadline` aborts it
   * returns at once, cutting what still runs (outbound calls aborted), so shutdown keeps time.
   */
  stop?(deadline?: AbortSignal): Promise<void>;
}

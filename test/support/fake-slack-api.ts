import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeSlackGrants } from './fake-slack-oauth.js';
import { blocksProblem, decodeArgs, readBody } from './fake-slack-wire.js';

export { blocksProblem } from './fake-slack-wire.js';

/** One Web API call as the fake received it; JSON-encoded arguments (`blocks`) are decoded. */
export interface RecordedSlackCall {
  method: string;
  args: Record<string, unknown>;
  /** The bearer token the call carried. */
  token: string | undefined;
  /** Whether the fake answered `ok: true` (false for 429s, scripted errors, invalid blocks). */
  ok: boolean;
  /** What the fake answered (`ts` of a posted message, `error`). */
  result: Record<string, unknown>;
  /** `performance.now()` when the call arrived (for benchmarks). */
  at: number;
}

/** One POST to a `response_url` the fake handed out. */
export interface RecordedResponse {
  /** The name given to `responseUrl(name)`. */
  name: string;
  body: Record<string, unknown>;
}

/** A scripted failure: a 429, Slack's `ok: false` with an error, or an HTTP error status (a 5xx). */
export type SlackFailure = { status: 429; retryAfter: number } | { error: string } | { httpStatus: number };

/** A message as the fake keeps it, for `conversations.history` and `conversations.replies`. */
export interface StoredSlackMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: unknown;
  metadata?: unknown;
}

/** A lasting failure: every call to `method` whose arguments match fails, until removed. */
interface FailureRule {
  method: string;
  matching: (args: Record<string, unknown>) => boolean;
  failure: SlackFailure;
}

export interface FakeSlackIdentity {
  botUserId: string;
  botId: string;
  teamId: string;
}

const DEFAULT_IDENTITY: FakeSlackIdentity = { botUserId: 'UBOT', botId: 'BBOT', teamId: 'T0001' };

/**
 * A local stand-in for Slack's Web API (`https://slack.com/api/`) and `response_url`s, at the
 * network edge only: the real Bolt app and WebClient talk to it over loopback HTTP. It
 * records every call, answers like Slack does (`ts` values, `ok: false` errors), rejects
 * blocks over Slack's limits with `invalid_blocks`, and can fail a call on demand (429, errors,
 * 5xx). Posted messages are kept with their metadata, so `conversations.history` and
 * `conversations.replies` list them as Slack would; a post can be accepted and answered late,
 * or never (a hung Slack that did post).
 */
export class FakeSlackApi {
  readonly calls: RecordedSlackCall[] = [];
  readonly responses: RecordedResponse[] = [];
  /** Every message posted (accepted), in order. */
  readonly messages: StoredSlackMessage[] = [];
  /** Installs granted by `oauth.v2.access`; `auth.test` answers each granted token with its workspace. */
  readonly grants = new FakeSlackGrants();
  private readonly failures = new Map<string, SlackFailure[]>();
  private readonly rules: FailureRule[] = [];
  private readonly delays = new Map<string, number[]>();
  private readonly accepting = new Set<string>();
  private readonly replies = new Map<string, Record<string, unknown>>();
  private readonly stalled = new Set<string>();
  private readonly waiters = new Set<() => void>();
  private lastTs = { seconds: 0, micros: 0 };

  private constructor(
    private readonly server: Server,
    readonly origin: string,
    readonly identity: FakeSlackIdentity,
  ) {}

  /** Starts on a free loopback port. */
  static async start(identity: Partial<FakeSlackIdentity> = {}): Promise<FakeSlackApi> {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const fake = new FakeSlackApi(server, `http://127.0.0.1:${port}`, { ...DEFAULT_IDENTITY, ...identity });
    server.on('request', (req, res) => void fake.handle(req, res));
    return fake;
  }

  /** The value for SLACK_API_URL / `clientOptions.slackApiUrl`. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  /** A response_url whose posts are recorded under `name`. */
  responseUrl(name: string): string {
    return `${this.origin}/response/${encodeURIComponent(name)}`;
  }

  callsTo(method: string): RecordedSlackCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Calls to `method` that Slack would have accepted. */
  okCallsTo(method: string): RecordedSlackCall[] {
    return this.callsTo(method).filter((call) => call.ok);
  }

  responsesTo(name: string): RecordedResponse[] {
    return this.responses.filter((response) => response.name === name);
  }

  /** The next call(s) to `method` fail as given, in order; later calls succeed. */
  failNext(method: string, ...failures: SlackFailure[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...failures]);
  }

  /** Until the returned function is called, every call to `method` matching `matching` fails as given. */
  failWhile(method: string, matching: (args: Record<string, unknown>) => boolean, failure: SlackFailure): () => void {
    const rule: FailureRule = { method, matching, failure };
    this.rules.push(rule);
    return () => void this.rules.splice(this.rules.indexOf(rule), 1);
  }

  /** The next call to `method` is done at once (a message is posted) but answered only after `ms`. */
  delayNext(method: string, ms: number): void {
    this.delays.set(method, [...(this.delays.get(method) ?? []), ms]);
  }

  /** Root messages of a channel (no thread replies), oldest first. */
  channelMessages(channel: string): StoredSlackMessage[] {
    return this.messages.filter((m) => m.channel === channel && (m.thread_ts === undefined || m.thread_ts === m.ts));
  }

  /** Replies in the thread of `ts`, oldest first. */
  threadReplies(channel: string, ts: string): StoredSlackMessage[] {
    return this.messages.filter((m) => m.channel === channel && m.thread_ts === ts && m.ts !== ts);
  }

  /** From now on, `method` answers `result` (e.g. `apps.connections.open` → a Socket Mode URL). */
  replyTo(method: string, result: Record<string, unknown>): void {
    this.replies.set(method, result);
  }

  /** Resolves when `condition` holds (checked after every request); rejects after `timeoutMs`. */
  async waitFor(condition: () => boolean, timeoutMs = 15_000, what = 'the expected Slack calls'): Promise<void> {
    if (condition()) return;
    await new Promise<void>((resolve, reject) => {
      const check = (): void => {
        if (!condition()) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  /**
   * From now on, calls to `method` are recorded and never answered (a hung Slack API). With
   * `accept`, a stalled `chat.postMessage` is posted all the same (Slack did it, the answer was lost).
   */
  stall(method: string, options: { accept?: boolean } = {}): void {
    this.stalled.add(method);
    if (options.accept) this.accepting.add(method);
  }

  /** Stalled methods answer again. */
  unstall(): void {
    this.stalled.clear();
    this.accepting.clear();
  }

  /** Forgets recorded calls (between tests sharing one fake). */
  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.failures.clear();
    this.stalled.clear();
    this.accepting.clear();
    this.rules.length = 0;
    this.delays.clear();
    this.messages.length = 0;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.origin);
    if (url.pathname.startsWith('/response/')) {
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      const invalid = blocksProblem(body.blocks);
      if (invalid) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end('invalid_blocks');
      } else {
        this.responses.push({ name: decodeURIComponent(url.pathname.slice('/response/'.length)), body });
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      }
      this.notify();
      return;
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const args = decodeArgs(raw, req.headers['content-type']);
    const token = req.headers.authorization?.replace(/^Bearer /, '') ?? (args.token as string | undefined);
    if (this.stalled.has(method)) {
      const result = this.accepting.has(method) ? this.reply(method, args) : {};
      this.calls.push({ method, args, token, ok: false, result, at: performance.now() });
      this.notify();
      return;
    }
    const failure = this.failures.get(method)?.shift() ?? this.rules.find((r) => r.method === method && r.matching(args))?.failure;
    if (failure && 'status' in failure) {
      const result = { ok: false, error: 'ratelimited' };
      this.calls.push({ method, args, token, ok: false, result, at: performance.now() });
      res.writeHead(429, { 'retry-after': String(failure.retryAfter), 'content-type': 'application/json' });
      res.end(JSON.stringify(result));
    } else if (failure && 'httpStatus' in failure) {
      this.calls.push({ method, args, token, ok: false, result: { status: failure.httpStatus }, at: performance.now() });
      res.writeHead(failure.httpStatus, { 'content-type': 'text/plain' }).end('upstream failure');
    } else {
      const result = failure ? { ok: false, error: failure.error } : this.reply(method, args, token);
      this.calls.push({ method, args, token, ok: result.ok === true, result, at: performance.now() });
      const delay = this.delays.get(method)?.shift();
      if (delay !== undefined) setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)), delay).unref();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    }
    this.notify();
  }

  private reply(method: string, args: Record<string, unknown>, token?: string): Record<string, unknown> {
    const { botUserId, botId, teamId } = this.identity;
    const scripted = this.replies.get(method);
    if (scripted) return scripted;
    switch (method) {
      case 'oauth.v2.access':
        return this.grants.access(args.code);
      case 'auth.test':
        return this.grants.authTest(token) ?? { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'rapporteur', team_id: teamId, user_id: botUserId, bot_id: botId };
      case 'chat.postMessage':
      case 'chat.startStream': {
        if (blocksProblem(args.blocks)) return { ok: false, error: 'invalid_blocks' };
        const ts = this.nextTs();
        const threadTs = typeof args.thread_ts === 'string' ? args.thread_ts : undefined;
        this.messages.push({ channel: String(args.channel), ts, thread_ts: threadTs, text: args.text ?? args.markdown_text, metadata: args.metadata });
        return { ok: true, channel: args.channel, ts, message: { type: 'message', text: args.text, bot_id: botId, ts } };
      }
      case 'conversations.history':
      case 'conversations.replies':
        return this.listMessages(method, args);
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      default:
        return { ok: true };
    }
  }

  /** A message timestamp as Slack makes them: the current second, unique and increasing. */
  private nextTs(): string {
    const seconds = Math.floor(Date.now() / 1000);
    this.lastTs = seconds > this.lastTs.seconds ? { seconds, micros: 100 } : { seconds: this.lastTs.seconds, micros: this.lastTs.micros + 100 };
    return `${this.lastTs.seconds}.${String(this.lastTs.micros).padStart(6, '0')}`;
  }

  /** Newest first for a channel, oldest first for a thread, as Slack lists them; metadata only when asked for. */
  private listMessages(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const channel = String(args.channel);
    const oldest = Number(args.oldest ?? 0);
    const listed =
      method === 'conversations.history'
        ? [...this.channelMessages(channel)].reverse()
        : this.messages.filter((m) => m.channel === channel && (m.ts === args.ts || m.thread_ts === args.ts));
    const withMetadata = String(args.include_all_metadata) === 'true';
    const messages = listed
      .filter((m) => Number(m.ts) >= oldest)
      .map((m) => ({ type: 'message', ts: m.ts, thread_ts: m.thread_ts, text: m.text, ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}) }));
    return { ok: true, messages, has_more: false, response_metadata: { next_cursor: '' } };
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

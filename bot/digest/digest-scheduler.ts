import { Cron } from 'croner';
import { asRapporteurError } from '../../retrieval/errors.js';
import { silentLogger, type Logger } from '../logger.js';
import type { OutboxDispatcher } from '../outbox/outbox-dispatcher.js';
import type { OutboxStore } from '../state/outbox-store.js';
import type { Digest, DigestMeeting } from './digest.js';
import { meetingBegins, planDigests, toDigestMeeting, type PlannedDigest } from './digest-plan.js';
import { digestOutboxPost } from './digest-post.js';
import type { DigestPublisher } from './digest-publisher.js';
import { loadMeetingsCalendar, type Meeting } from './meetings-calendar.js';

export interface DigestSchedulerOptions {
  /** `MEETINGS_FILE`. */
  calendarFile: string;
  /** Where each digest is recorded from the moment it is due (its key is the plan's), so it exists once across restarts. */
  outbox: OutboxStore;
  /** Sends recorded digests; the server's outbox worker resumes and retries what it could not finish. */
  dispatcher: Pick<OutboxDispatcher, 'deliver'>;
  /** The channels that can post; a target on a channel without one is logged and left. */
  publishers: DigestPublisher[];
  /** May be async: the introduction (when a chat model is configured) takes up to LLM_TIMEOUT_MS. */
  buildDigest: (meeting: DigestMeeting) => Digest | Promise<Digest>;
  logger?: Logger;
  /** The clock; tests inject one. Croner's timers follow the real (or faked) `Date`. */
  now?: () => Date;
  /** A post this late still counts as on time (a slow start, a busy event loop). Default 15 min. */
  onTimeWindowMs?: number;
  /** When a Teams target names no conversation the bot knows yet, the next look after this long. Default 5 min. */
  retryDelayMs?: number;
}

export interface DigestStartReport {
  meetings: number;
  planned: number;
  /** Calendar problems: the file unreadable, or entries left out (with file and line). */
  problems: string[];
}

export interface DigestTickReport {
  /** Confirmed by the platform, every part. */
  posted: string[];
  /** Not posted, to be tried again: a transient failure (the outbox retries it), or a target not known yet. */
  retrying: string[];
  /** Recorded as failed for good, with the platform's reason (a Teams 403 flags the conversation). */
  failed: string[];
  /** Missed while the bot was down after the meeting began, superseded, or no channel to post with. */
  skipped: string[];
}

const DEFAULT_ON_TIME_WINDOW_MS = 15 * 60_000;
const DEFAULT_RETRY_DELAY_MS = 5 * 60_000;

/**
 * Posts each (meeting, posting time, target) digest of the meetings calendar exactly once.
 * Croner fires at each posting time in the meeting's time zone; every firing (and start-up)
 * runs `tick`, which records whatever is due and not yet in the outbox and sends it. A digest
 * is marked posted only when the platform confirmed every part; one the outbox could not finish
 * is resumed by it, never recorded twice. A digest missed while the bot was down is posted at
 * start if the meeting has not begun (only the latest one per target), otherwise skipped with
 * a log line.
 */
export class DigestScheduler {
  private readonly logger: Logger;
  private readonly now: () => Date;
  private readonly onTimeWindowMs: number;
  private readonly retryDelayMs: number;
  private planned: PlannedDigest[] = [];
  private jobs: Cron[] = [];
  private retry: Cron | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly logged = new Set<string>();
  private stopped = false;

  constructor(private readonly options: DigestSchedulerOptions) {
    this.logger = (options.logger ?? silentLogger).child({ component: 'digests' });
    this.now = options.now ?? (() => new Date());
    this.onTimeWindowMs = options.onTimeWindowMs ?? DEFAULT_ON_TIME_WINDOW_MS;
    this.retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
  }

  /** The digests the calendar asks for, earliest first (after `start`). */
  get plan(): readonly PlannedDigest[] {
    return this.planned;
  }

  /**
   * Reads the calendar, posts what was missed (see the class comment) and sets a timer for
   * every posting time still ahead. A broken calendar is logged, never thrown: the server
   * keeps answering questions.
   */
  async start(): Promise<DigestStartReport> {
    const problems: string[] = [];
    try {
      const calendar = loadMeetingsCalendar(this.options.calendarFile);
      if (!calendar) {
        this.logger.info({ file: this.options.calendarFile }, `no meetings calendar at ${this.options.calendarFile}: scheduled digests are off`);
      } else {
        problems.push(...calendar.problems);
        for (const problem of calendar.problems) this.logger.error({ file: calendar.file }, problem);
        this.planned = planDigests(calendar.meetings);
        for (const meeting of calendar.meetings) {
          if (meeting.targets.slack.length + meeting.targets.teams.length === 0) {
            this.logger.warn({ meeting: meeting.name }, `meeting "${meeting.name}" has no targets: its digest is only shown on demand`);
          }
        }
      }
    } catch (error) {
      const problem = asRapporteurError(error).message;
      problems.push(problem);
      this.logger.error({ file: this.options.calendarFile }, `${problem} Scheduled digests are off until it is fixed and the bot restarted.`);
    }
    await this.tick();
    this.scheduleTimers();
    const meetings = new Set(this.planned.map((p) => p.meeting)).size;
    this.logger.info({ meetings, planned: this.planned.length, timers: this.jobs.length }, 'digest schedule ready');
    return { meetings, planned: this.planned.length, problems };
  }

  /** Posts every digest that is due and not yet posted; runs one at a time. */
  tick(): Promise<DigestTickReport> {
    const run = this.queue.then(() => this.postDue());
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves when no tick is running (a timer's posts have all been sent, or have failed). */
  async whenIdle(): Promise<void> {
    await this.queue;
  }

  /** Stops the timers and waits for a post in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const job of this.jobs) job.stop();
    this.retry?.stop();
    this.jobs = [];
    await this.queue;
  }

  private scheduleTimers(): void {
    if (this.stopped) return;
    const now = this.now();
    const seen = new Set<string>();
    for (const planned of this.planned) {
      const slot = `${planned.localTime} ${planned.meeting.timeZone}`;
      if (planned.at <= now || seen.has(slot)) continue;
      seen.add(slot);
      this.jobs.push(
        new Cron(planned.localTime, { timezone: planned.meeting.timeZone, unref: true, catch: this.onTimerError }, () => {
          void this.tick();
        }),
      );
    }
  }

  private readonly onTimerError = (error: unknown): void => {
    this.logger.error({ err: error }, 'digest timer failed');
  };

  private logOnce(key: string, log: () => void): void {
    if (this.logged.has(key)) return;
    this.logged.add(key);
    log();
  }

  private async postDue(): Promise<DigestTickReport> {
    const report: DigestTickReport = { posted: [], retrying: [], failed: [], skipped: [] };
    const now = this.now();
    const digests = new Map<Meeting, Digest>();
    const { outbox } = this.options;
    let lookAgain = false;
    for (const planned of this.planned) {
      // Recorded already: posted, failed for good, skipped, or pending (the outbox resumes it).
      if (planned.at > now || outbox.get(planned.key)) continue;
      const late = now.getTime() - planned.at.getTime() > this.onTimeWindowMs;
      const context = { key: planned.key, meeting: planned.meeting.name, target: planned.target, localTime: planned.localTime };
      if (late && now >= meetingBegins(planned.meeting)) {
        this.logOnce(planned.key, () =>
          this.logger.info(context, `digest for "${planned.meeting.name}" due ${planned.localTime} was missed while the bot was down; the meeting has begun, so it is skipped`),
        );
        report.skipped.push(planned.key);
        continue;
      }
      if (late && this.supersededAt(planned, now)) {
        // Two missed posts for one target: only the latest is worth posting.
        const decided = { key: planned.key, kind: 'digest' as const, channel: planned.target.channel, target: planned.target.id, conversation: '', label: planned.key, parts: [] };
        if (outbox.enqueue(decided, now.getTime(), 'skipped')) this.logger.info(context, 'missed digest superseded by a later one for the same target; not posted');
        report.skipped.push(planned.key);
        continue;
      }
      const publisher = this.options.publishers.find((p) => p.channel === planned.target.channel);
      if (!publisher) {
        this.logOnce(planned.key, () =>
          this.logger.warn(context, `${planned.target.channel} is not configured: digest for "${planned.meeting.name}" to ${planned.target.id} not posted`),
        );
        report.skipped.push(planned.key);
        continue;
      }
      try {
        let digest = digests.get(planned.meeting);
        if (!digest) {
          digest = await this.options.buildDigest(toDigestMeeting(planned.meeting));
          digests.set(planned.meeting, digest);
        }
        outbox.enqueue(digestOutboxPost(planned.key, planned.target, publisher, digest, meetingBegins(planned.meeting)), now.getTime());
      } catch (error) {
        // Nothing was recorded (the Teams conversation is not known yet): looked for again later.
        this.logger.error({ ...context, err: error }, `digest for "${planned.meeting.name}" could not be posted to ${planned.target.id}; will retry`);
        report.retrying.push(planned.key);
        lookAgain = true;
        continue;
      }
      const outcome = await this.options.dispatcher.deliver(planned.key);
      if (outcome.status === 'sent') {
        // Two replicas run the schedule: only the one that posted says so.
        if (outcome.earlier) this.logger.debug(context, 'digest already posted by another replica');
        else this.logger.info({ ...context, late, parts: outcome.sentIds.length }, late ? 'digest posted (catching up after downtime)' : 'digest posted');
        report.posted.push(planned.key);
      } else if (outcome.status === 'failed') {
        report.failed.push(planned.key);
      } else {
        report.retrying.push(planned.key);
      }
    }
    // Outbox retries are the outbox worker's; only targets not known yet are looked for again here.
    if (lookAgain) this.scheduleRetry();
    return report;
  }

  /** True when a later posting time for the same meeting and target has also passed. */
  private supersededAt(planned: PlannedDigest, now: Date): boolean {
    return this.planned.some(
      (other) =>
        other !== planned &&
        other.meeting === planned.meeting &&
        other.target.channel === planned.target.channel &&
        other.target.id === planned.target.id &&
        other.at > planned.at &&
        other.at <= now,
    );
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retry?.isRunning()) return;
    this.retry = new Cron(new Date(Date.now() + this.retryDelayMs), { unref: true, catch: this.onTimerError }, () => {
      void this.tick();
    });
  }
}

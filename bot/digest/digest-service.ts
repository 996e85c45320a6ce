import { seedsChecksum } from '../../retrieval/corpus/load-corpus.js';
import { ErrorCode, RapporteurError } from '../../retrieval/errors.js';
import { silentLogger, type Logger } from '../logger.js';
import { buildDigest } from './build-digest.js';
import type { Digest, DigestMeeting } from './digest.js';
import { loadDigestCorpus, type DigestCorpus } from './digest-corpus.js';
import type { DigestIntroducer } from './digest-introducer.js';
import { nextMeeting, toDigestMeeting } from './digest-plan.js';
import { DEFAULT_TIME_ZONE, loadMeetingsCalendar, type Meeting, type MeetingsCalendar } from './meetings-calendar.js';
import { withPreviousMeeting } from './source-freshness.js';

export interface DigestServiceOptions {
  seedsDir: string;
  /** `MEETINGS_FILE`. */
  calendarFile: string;
  logger?: Logger;
  now?: () => Date;
  /** Writes digests' introductions (see `prepareDigestIntroducer`); without it, `introduce` changes nothing. */
  introducer?: DigestIntroducer;
  /** The index edition answers come from, once loaded (see `indexedDigestCorpus`); the seeds are read until then. */
  edition?: () => DigestCorpus | undefined;
}

/** Which meeting a digest is for, as asked on the command line or in a chat. */
export interface DigestRequest {
  /** A calendar meeting by name (case-insensitive); with `date`, the name to show. */
  meeting?: string;
  /** `YYYY-MM-DD`: a meeting that is not in the calendar, starting that day. */
  date?: string;
  /** Prefer the next meeting that posts to this conversation (a Teams id or name, a Slack channel). */
  conversation?: { channel: 'slack' | 'teams'; ids: string[] };
}

/** Today's date in a time zone, `YYYY-MM-DD`. */
export function localDate(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Builds digests from the seeds and the meetings calendar: the corpus is parsed once and
 * parsed again only when the seeds change; the calendar is read on each request, so edits
 * show up in previews at once.
 */
export class DigestService {
  private readonly logger: Logger;
  private readonly now: () => Date;
  private cached: { checksum: string; corpus: DigestCorpus } | undefined;

  constructor(private readonly options: DigestServiceOptions) {
    this.logger = (options.logger ?? silentLogger).child({ component: 'digests' });
    this.now = options.now ?? (() => new Date());
  }

  /** The index edition in use, else the parsed seeds (cached while they are unchanged). */
  corpus(): DigestCorpus {
    const indexed = this.options.edition?.();
    if (indexed) return indexed;
    const checksum = seedsChecksum(this.options.seedsDir);
    if (this.cached?.checksum !== checksum) {
      const corpus = loadDigestCorpus(this.options.seedsDir);
      for (const { file, reason } of corpus.skipped) this.logger.warn({ file }, `seed left out of digests: ${reason}`);
      this.cached = { checksum, corpus };
    }
    return this.cached.corpus;
  }

  /** The calendar, or `undefined` when the file does not exist. Throws CalendarInvalid for a broken file. */
  calendar(): MeetingsCalendar | undefined {
    return loadMeetingsCalendar(this.options.calendarFile);
  }

  /** The digest for `meeting`, which learns the calendar's previous meeting to judge its sources' age. */
  build(meeting: DigestMeeting): Digest {
    return buildDigest(this.corpus(), withPreviousMeeting(meeting, () => this.calendar()?.meetings ?? []), this.now());
  }

  /**
   * The digest as it goes out: opened by a model-written introduction when an introducer is
   * configured and the model answers within its timeout, else unchanged. Never rejects.
   */
  async introduce(digest: Digest): Promise<Digest> {
    return this.options.introducer ? this.options.introducer(digest) : digest;
  }

  /**
   * The calendar meeting a request names, else the next one (the next one posting to the
   * requester's conversation first). Throws MeetingUnknown when a named meeting is not listed.
   */
  findMeeting(request: Omit<DigestRequest, 'date'> = {}): Meeting | undefined {
    const meetings = this.calendar()?.meetings ?? [];
    if (request.meeting) {
      const wanted = request.meeting.trim().toLowerCase();
      const named = meetings.filter((m) => m.name.toLowerCase() === wanted);
      if (named.length === 0) {
        const known = meetings.map((m) => `"${m.name}"`).join(', ') || 'none';
        throw new RapporteurError(
          ErrorCode.MeetingUnknown,
          `No meeting named "${request.meeting}" in ${this.options.calendarFile} (meetings: ${known}). Use --date YYYY-MM-DD for a meeting that is not in the calendar.`,
        );
      }
      return nextMeeting(named, this.now()) ?? named[named.length - 1];
    }
    const now = this.now();
    const ids = request.conversation?.ids.map((id) => id.toLowerCase()) ?? [];
    const channel = request.conversation?.channel;
    const postsHere = (m: Meeting): boolean => channel !== undefined && m.targets[channel].some((t) => ids.includes(t.toLowerCase()));
    return nextMeeting(meetings, now, postsHere) ?? nextMeeting(meetings, now);
  }

  /**
   * The digest a request asks for: a meeting given by date, a calendar meeting, or (with no
   * calendar, a broken one, or no meeting ahead) the reports as of today.
   */
  digestFor(request: DigestRequest = {}): Digest {
    if (request.date) {
      const name = request.meeting?.trim() || `Meeting on ${request.date}`;
      return this.build({ name, start: request.date, end: request.date, timeZone: DEFAULT_TIME_ZONE, fromCalendar: false });
    }
    let meeting: Meeting | undefined;
    try {
      meeting = this.findMeeting(request);
    } catch (error) {
      if (request.meeting) throw error;
      this.logger.warn({ err: error }, 'meetings calendar unreadable; showing the digest as of today');
    }
    if (meeting) return this.build(toDigestMeeting(meeting));
    const today = localDate(this.now(), DEFAULT_TIME_ZONE);
    return this.build({ name: 'Current reports', start: today, end: today, timeZone: DEFAULT_TIME_ZONE, fromCalendar: false, asOf: true });
  }
}

import { loadConfig } from '../../bot/config.js';
import { renderDigestMarkdown } from '../../bot/digest/render-digest-markdown.js';
import { prepareDigestIntroducer } from '../../bot/digest/digest-introducer.js';
import { DigestService } from '../../bot/digest/digest-service.js';
import { toDigestMeeting } from '../../bot/digest/digest-plan.js';
import { digestOutboxPost } from '../../bot/digest/digest-post.js';
import { isCalendarDate } from '../../bot/digest/meetings-calendar.js';
import { createLogger } from '../../bot/logger.js';
import { OutboxDispatcher, type DeliveryOutcome } from '../../bot/outbox/outbox-dispatcher.js';
import { stateFile } from '../../bot/rapporteur.js';
import { openStateStore } from '../../bot/state/open-state-store.js';
import { ErrorCode, RapporteurError, asRapporteurError } from '../../retrieval/errors.js';
import { planChannels } from '../server/channel-plan.js';
import { DeferredAnswerer } from '../server/deferred-answerer.js';
import { digestPublishers } from '../server/digest-wiring.js';
import { outboxPosters } from '../server/outbox-wiring.js';
import { HELP_OPTION, readCommandLine } from './command-line.js';

const HELP = {
  invocation: 'npm run digest --',
  text: `
Usage: npm run digest -- [--dry-run | --post] [--meeting NAME] [--date YYYY-MM-DD]

Builds the digest a delegate reads before a meeting: a first screen (the meeting, the source
editions, a warning when the action plan is out of date, a few entries of each list), then the
full lists: items needing attention, items due at the meeting, overdue items, what changed
since the previous edition of each report, counts per Resolution.
--dry-run (the default) prints it as Markdown for the next meeting in the calendar
(MEETINGS_FILE, default ./meetings.json), the one named by --meeting, or a meeting on --date
that is not in the calendar (no calendar needed). --post posts it now to the calendar
meeting's Slack channels and Teams conversations (scheduled posts are not affected), and
exits 1 naming every target it could not post to; a post that failed for a reason that may
pass (a timeout, a 5xx) stays in the outbox and the running bot finishes it. With
LLM_PROVIDER set, it opens with an introduction written by a language model (left out when
the model fails or takes longer than LLM_TIMEOUT_MS).

Options:
  --dry-run            print the digest as Markdown (the default)
  --post               post it now to the meeting's targets
  --meeting NAME       the calendar meeting with this name
  --date YYYY-MM-DD    a meeting on this date, with or without a calendar
  -h, --help           show this help

Examples:
  npm run digest -- --dry-run
  npm run digest -- --date 2027-01-25 --meeting "TSAG (January 2027)"
  npm run digest -- --post --meeting "TSAG (January 2027)"
`,
};

/** Set once channel clients exist: they may keep sockets open after the posts are done. */
let channelsOpened = false;

/** What the user reads about a post that was not confirmed. */
function outcomeProblem(outcome: DeliveryOutcome): string {
  const posted = outcome.sentIds.length > 0 ? ` (${outcome.sentIds.length} of its messages posted)` : '';
  if (outcome.status === 'retrying') return `${outcome.reason}${posted}; left in the outbox, the running bot retries it`;
  return `${outcome.reason ?? outcome.status}${posted}`;
}

function usageError(message: string): RapporteurError {
  return new RapporteurError(ErrorCode.ConfigInvalid, `${message} Run \`${HELP.invocation} --help\` for usage and examples.`);
}

async function run(): Promise<number> {
  const { values } = readCommandLine(HELP, {
    options: {
      'dry-run': { type: 'boolean', default: false },
      post: { type: 'boolean', default: false },
      meeting: { type: 'string' },
      date: { type: 'string' },
      ...HELP_OPTION,
    },
  });
  if (values['dry-run'] && values.post) throw usageError('Choose --dry-run or --post, not both.');
  if (values.date !== undefined && !isCalendarDate(values.date)) throw usageError(`--date ${values.date} is not a date as YYYY-MM-DD.`);
  if (values.post && values.date !== undefined) throw usageError('--post posts to a calendar meeting\'s targets; a --date meeting has none.');

  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, { stderr: true });
  const introducer = prepareDigestIntroducer(config, { logger });
  const digests = new DigestService({ seedsDir: config.SEEDS_DIR, calendarFile: config.MEETINGS_FILE, logger, introducer });

  if (values.date === undefined) {
    // A broken calendar is an error here, not a silent fallback: the user asked about it.
    const calendar = digests.calendar();
    for (const problem of calendar?.problems ?? []) process.stderr.write(`warning: ${problem}\n`);
    if (!calendar && !values.post) {
      process.stderr.write(`No meetings calendar at ${config.MEETINGS_FILE}; showing the reports as of today (use --date YYYY-MM-DD for a meeting).\n`);
    }
  }

  if (!values.post) {
    process.stdout.write(renderDigestMarkdown(await digests.introduce(digests.digestFor({ meeting: values.meeting, date: values.date }))));
    return 0;
  }

  const meeting = digests.findMeeting({ meeting: values.meeting });
  if (!meeting) throw usageError(`No upcoming meeting in ${config.MEETINGS_FILE} to post a digest for.`);
  const targets = [
    ...meeting.targets.slack.map((id) => ({ channel: 'slack' as const, id })),
    ...meeting.targets.teams.map((id) => ({ channel: 'teams' as const, id })),
  ];
  if (targets.length === 0) throw usageError(`Meeting "${meeting.name}" has no targets in ${config.MEETINGS_FILE}.`);

  const store = await openStateStore({ databaseUrl: config.DATABASE_URL, sqliteFile: stateFile(config), logger });
  try {
    const plan = planChannels(config, { answerer: new DeferredAnswerer(), store, logger });
    channelsOpened = true;
    const publishers = digestPublishers(plan, store);
    const dispatcher = new OutboxDispatcher(store.outbox, outboxPosters(plan), { logger });
    const digest = await digests.introduce(digests.build(toDigestMeeting(meeting)));
    // Each run is a post of its own: asking again posts again.
    const run = new Date().toISOString();
    let failures = 0;
    for (const target of targets) {
      const publisher = publishers.find((p) => p.channel === target.channel);
      try {
        if (!publisher) throw new Error(`${target.channel} is not configured (see the README for its variables)`);
        const key = `digest-now:${meeting.name}:${meeting.start}:${target.channel}:${target.id}:${run}`;
        const outcome = await dispatcher.post(digestOutboxPost(key, target, publisher, digest));
        if (outcome.status !== 'sent') throw new Error(outcomeProblem(outcome));
        process.stdout.write(`posted: ${target.channel} ${target.id}\n`);
      } catch (error) {
        failures++;
        process.stdout.write(`failed: ${target.channel} ${target.id}: ${asRapporteurError(error).message}\n`);
      }
    }
    await dispatcher.close();
    return failures > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

try {
  process.exitCode = await run();
} catch (error) {
  process.stderr.write(`${asRapporteurError(error).message}\n`);
  process.exitCode = 2;
}
// Channel clients (Bolt, the Bot Framework adapter) may keep sockets open; the command is done.
if (channelsOpened) process.exit(process.exitCode);

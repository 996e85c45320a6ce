import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildDigest } from '../../bot/digest/build-digest.js';
import type { DigestMeeting } from '../../bot/digest/digest.js';
import { loadDigestCorpus } from '../../bot/digest/digest-corpus.js';
import { editionChanges } from '../../bot/digest/edition-changes.js';
import { renderDigestMarkdown } from '../../bot/digest/render-digest-markdown.js';
import { parseMeetingsCalendar } from '../../bot/digest/meetings-calendar.js';
import { editedPlanSeeds, generatedCalendar } from '../digest/digest-fixtures.js';
import { SEEDS_DIR } from '../support/test-paths.js';

const RUNS = 20;
const MEETING: DigestMeeting = { name: 'TSAG (bench)', start: '2027-01-25', end: '2027-01-29', timeZone: 'Europe/Zurich', fromCalendar: true };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(work: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = work();
  return { ms: performance.now() - started, result };
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/**
 * Digest speed: building the full-corpus digest (needs attention, due, the regional-office
 * report diff, counts) and rendering it, from parsed seeds and from cold (parsing included);
 * the edition diff of two action-plan editions (the real plan and an edited copy); and reading
 * a meetings calendar of 20,000 entries (the first 500 used). Targets: build ≤ 500 ms, edition
 * diff ≤ 1 s, calendar ≤ 2 s.
 */
export async function benchDigest(): Promise<Record<string, string | number>> {
  const cold = time(() => buildDigest(loadDigestCorpus(SEEDS_DIR), MEETING));
  const corpus = loadDigestCorpus(SEEDS_DIR);
  const builds = Array.from({ length: RUNS }, () => time(() => renderDigestMarkdown(buildDigest(corpus, MEETING))).ms);

  const dir = editedPlanSeeds();
  try {
    const coldDiff = time(() => editionChanges(loadDigestCorpus(dir)));
    const plans = loadDigestCorpus(dir);
    const diffs = Array.from({ length: RUNS }, () => time(() => editionChanges(plans)).ms);
    const changes = coldDiff.result.reduce((sum, series) => sum + series.changes.length, 0);
    const buildMs = median(builds);
    const calendarText = generatedCalendar(20_000);
    const calendarMs = time(() => parseMeetingsCalendar(calendarText, 'meetings.json')).ms;
    const diffMs = median(diffs);
    return {
      'digest build + Markdown, parsed seeds (median ms)': round(buildMs),
      'digest build, seeds parsed from disk (ms)': round(cold.ms),
      'digest build target (ms)': 500,
      'digest build within target': buildMs <= 500 && cold.ms <= 500 ? 'yes' : 'no',
      'action-plan edition diff, parsed (median ms)': round(diffMs),
      'action-plan edition diff, both editions parsed from disk (ms)': round(coldDiff.ms),
      'action-plan edition diff target (ms)': 1000,
      'action-plan edition diff within target': diffMs <= 1000 && coldDiff.ms <= 1000 ? 'yes' : 'no',
      'action-plan changes found (expected 3)': changes,
      'meetings calendar of 20,000 entries (ms)': round(calendarMs),
      'meetings calendar within target (2,000 ms)': calendarMs <= 2000 ? 'yes' : 'no',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDigestCorpus, type DigestCorpus } from '../../bot/digest/digest-corpus.js';
import { SEEDS_DIR } from '../support/test-paths.js';

const ACTION_PLAN = '004_34e05be8ad0376c5.txt';

let corpus: DigestCorpus | undefined;

/** The real seeds as digests read them, parsed once per test file. */
export function fullDigestCorpus(): DigestCorpus {
  corpus ??= loadDigestCorpus(SEEDS_DIR);
  return corpus;
}

/** The new status line the edited edition adds to 44-30. */
export const NEW_44_30_LINE = '· Over the period January 2022 to December 2022, 120 fellowships were awarded; of which 12 fellowships were cancelled.';

/**
 * A seeds folder with the action plan (manifest edition 2022-01-01) and an edited copy as a
 * newer edition without a manifest entry (`wtsa-16-action-plan-2023.txt`, edition inferred as
 * 2023-01-01): 44-30 gains a status line, 66-01 gains a periodic-goals mark, 47-02 is removed.
 */
export function editedPlanSeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-digest-seeds-'));
  copyFileSync(join(SEEDS_DIR, 'manifest.json'), join(dir, 'manifest.json'));
  copyFileSync(join(SEEDS_DIR, ACTION_PLAN), join(dir, ACTION_PLAN));
  const lines = readFileSync(join(SEEDS_DIR, ACTION_PLAN), 'utf8').split('\n');

  const lastFellowshipLine = lines.findIndex((l) => l.includes('Over the period October 2021 to December 2021, due to COVID-19 restrictions, no fellowships were awarded.'));
  lines.splice(lastFellowshipLine + 1, 0, NEW_44_30_LINE);

  // 66-01's cells: number, action, milestone, periodic goals met (empty), completed (empty).
  const item66 = lines.indexOf('\t66-01');
  if (lines[item66 + 3] !== '\t') throw new Error('66-01 goals cell not where expected');
  lines[item66 + 3] = '\t√';

  const item47 = lines.indexOf('\t47-02');
  let end = item47 + 1;
  while (!(lines[end] === '' && lines[end + 1] === '')) end++;
  lines.splice(item47, end - item47);

  writeFileSync(join(dir, 'wtsa-16-action-plan-2023.txt'), lines.join('\n'));
  return dir;
}

/** A meetings calendar of `count` daily meetings from 1 January 2027, each posting to one Slack channel. */
export function generatedCalendar(count: number): string {
  const entries = Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2027, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    return `    { "name": "Meeting ${i + 1}", "start": "${day}", "targets": { "slack": ["C0DIGEST01"] } }`;
  });
  return `{\n  "meetings": [\n${entries.join(',\n')}\n  ]\n}\n`;
}

export { capturingLogger, type LogLine } from '../support/capturing-logger.js';

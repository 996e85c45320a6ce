import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEEDS_DIR } from './test-paths.js';

/**
 * A small seeds folder for tests that embed: the 2025 regional-offices report and an action
 * plan cut down to Resolutions 44 and 47, so embedding takes seconds, not minutes.
 */
export function makeSmallSeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-seeds-'));
  copyFileSync(join(SEEDS_DIR, '001_8bc5aacc5d96b944.txt'), join(dir, '001_8bc5aacc5d96b944.txt'));
  const plan = readFileSync(join(SEEDS_DIR, '004_34e05be8ad0376c5.txt'), 'utf8').split('\n');
  const start = plan.findIndex((l) => l.trim() === 'Resolution 44');
  const end = plan.findIndex((l) => l.trim() === 'Resolution 48');
  const excerpt = plan.slice(start, end).filter((line, i, lines) => {
    // Keep Resolution 44's items up to 44-05 and all of Resolution 47.
    const at44 = lines.slice(0, i).some((l) => l.trim() === 'Resolution 45');
    const beyond = lines.slice(0, i).some((l) => l.trim() === '44-06');
    return !beyond || at44;
  });
  writeFileSync(join(dir, 'action-plan-excerpt.txt'), excerpt.join('\n'));
  return dir;
}

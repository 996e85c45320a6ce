import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEEDS_DIR } from './test-paths.js';

/**
 * A small seeds folder for tests that embed: the 2025 regional-offices report and an action
 * plan cut down to parts of Resolutions 44, 45 and 47, so embedding takes seconds, not minutes.
 */
export function makeSmallSeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-seeds-'));
  copyFileSync(join(SEEDS_DIR, '001_8bc5aacc5d96b944.txt'), join(dir, '001_8bc5aacc5d96b944.txt'));
  const plan = readFileSync(join(SEEDS_DIR, '004_34e05be8ad0376c5.txt'), 'utf8').split('\n');
  const at = (text: string): number => {
    const index = plan.findIndex((l) => l.trim() === text);
    if (index < 0) throw new Error(`${text} not found in the action plan`);
    return index;
  };
  // Resolution 44 up to item 44-05 (44-11 follows it), then Resolutions 45 and 47.
  const excerpt = [...plan.slice(at('Resolution 44'), at('44-11')), ...plan.slice(at('Resolution 45'), at('Resolution 48'))];
  writeFileSync(join(dir, 'action-plan-excerpt.txt'), excerpt.join('\n'));
  return dir;
}

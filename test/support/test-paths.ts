import { join, resolve } from 'node:path';

/** Fixed locations shared by the global setup and the tests (under the gitignored test-output/). */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const SEEDS_DIR = join(REPO_ROOT, 'seeds');
export const TEST_OUTPUT = join(REPO_ROOT, 'test-output');
/** The full-corpus index, built once per run (and reused while the seeds are unchanged). */
export const SHARED_INDEX_DIR = join(TEST_OUTPUT, 'shared-index');

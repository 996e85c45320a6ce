import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Vitest's default is one file at a time on two cores (cores − 1); most files wait on spawned
// servers, browsers and sockets, so two at a time take about a third less there (460 → 315 s).
const workers = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The full-corpus index is built once per run and shared by every test file.
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/event-loop-turn.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: workers,
    minWorkers: workers,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});

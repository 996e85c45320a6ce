import { afterEach } from 'vitest';

// Taken before any test can install fake timers, so the turn below always happens.
const realSetImmediate = globalThis.setImmediate;

// An answer is computed without I/O, so a file of many answer tests would otherwise run as one
// macrotask: the Vitest main process's replies to the worker wait behind it, and past 60 s on a
// slow machine the worker fails the run with "Timeout calling onTaskUpdate". One turn of the
// event loop after each test lets those replies through.
afterEach(async () => {
  await new Promise<void>((resolve) => realSetImmediate(resolve));
});

/**
 * Waits for `work` until `deadline` aborts: true when the work settled first, false when the
 * deadline came first (the work goes on; the caller decides what to cut). No deadline: waits.
 */
export async function settledBy(work: Promise<unknown>, deadline?: AbortSignal): Promise<boolean> {
  const settled = work.then(
    () => true,
    () => true,
  );
  if (!deadline) return settled;
  if (deadline.aborted) return Promise.race([settled, Promise.resolve(false)]);
  let onAbort: (() => void) | undefined;
  const cut = new Promise<boolean>((resolve) => {
    onAbort = () => resolve(false);
    deadline.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([settled, cut]);
  } finally {
    deadline.removeEventListener('abort', onAbort!);
  }
}

/**
 * Calls `onGone` once when this process's parent exits. `npm start` runs the server under npm,
 * and npm exits at once on SIGTERM without waiting for its child: the server, re-parented to
 * init (or a subreaper), would otherwise keep running and holding the port. A parent that
 * exits is seen as a change of `process.ppid`; started by init or as a container's first
 * process, the parent never changes and nothing happens.
 */
export function watchParent(onGone: (formerParent: number) => void, intervalMs = 500): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone(parent);
  }, intervalMs);
  // Watching must not be what keeps the process alive.
  timer.unref();
  return () => clearInterval(timer);
}

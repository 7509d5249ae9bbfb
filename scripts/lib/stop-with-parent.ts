/**
 * Calls `stop` (once) on Ctrl-C or SIGTERM, or when this process is orphaned: a long-running
 * script sits behind npm and a shell, and a SIGTERM to npm doesn't always reach it, so it watches
 * for its parent going away rather than leave a server or database running. A repeated signal
 * while stopping is ignored.
 *
 * keepAlive: the watch itself holds the process open, for a script whose only work is a child
 * process (an embedded PostgreSQL) that doesn't.
 */
export function stopWithParent(stop: () => void, options: { keepAlive?: boolean } = {}): void {
  let stopping = false;
  const stopOnce = () => {
    if (stopping) return;
    stopping = true;
    stop();
  };
  process.on("SIGINT", stopOnce);
  process.on("SIGTERM", stopOnce);
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid !== parent) stopOnce();
  }, 1_000);
  if (!options.keepAlive) watch.unref();
}

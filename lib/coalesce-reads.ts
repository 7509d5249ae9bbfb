/**
 * Shares reads between concurrent callers without ever answering a caller with a read that
 * started before it asked: a caller arriving while a read runs waits for the next one, which
 * starts as soon as the running one ends. So an edit committed before a request arrived is
 * always seen by that request, on any app server, and 50 waiting requests cost two queries.
 */
export function coalesceReads<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let next: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const current = read().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = null;
        return start();
      });
    return next;
  };
}

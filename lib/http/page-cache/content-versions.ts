// What the cached pages are checked against on every answer, and what a quiz submission's save
// checks its answer against (lib/quiz/save-fit-result.ts): the catalog version (moved by
// triggers on every product, variant, brand, size chart and collection write, including each
// sale's stock change) and the content version (articles and their links). One indexed read.

export type ContentVersions = { catalog: string; content: string };

export const CONTENT_VERSIONS_SQL = `SELECT (SELECT "version" FROM "CatalogState" WHERE "id" = 1)::text AS "catalog", (SELECT "version" FROM "ContentState" WHERE "id" = 1)::text AS "content"`;

export function versionTag(versions: ContentVersions): string {
  return `${versions.catalog}:${versions.content}`;
}

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

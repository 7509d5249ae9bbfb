// What the cached pages are checked against on every answer, and what a quiz submission's save
// checks its answer against (lib/quiz/save-fit-result.ts): the catalog version (moved by
// triggers on every product, variant, brand, size chart and collection write, including each
// sale's stock change) and the content version (articles and their links). One indexed read.

export type ContentVersions = { catalog: string; content: string };

export const CONTENT_VERSIONS_SQL = `SELECT (SELECT "version" FROM "CatalogState" WHERE "id" = 1)::text AS "catalog", (SELECT "version" FROM "ContentState" WHERE "id" = 1)::text AS "content"`;

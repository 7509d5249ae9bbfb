import "server-only";
import { getDb } from "@/lib/db";

/**
 * Titles of published guides by slug, for the engine's article links. Raw SQL because this runs
 * on every quiz submission and a model query costs a query-plan compile each time (about
 * 5 ms of CPU with Prisma's JS engine, measured by tests/bench/fit.ts).
 */
export async function getArticleTitles(): Promise<Record<string, string>> {
  const rows = await getDb().$queryRaw<{ slug: string; title: string }[]>`
    SELECT "slug", "title" FROM "Article" WHERE "published" = true`;
  return Object.fromEntries(rows.map((row) => [row.slug, row.title]));
}

import "server-only";
import { getPool } from "@/lib/db";
import { remember } from "@/lib/remember";

// Titles of published guides by slug, for the engine's article links. Kept per content version
// (moved by a trigger on every article write, see read-store-versions.ts), so a quiz submission
// reads them only after an edit.

export type ArticleTitles = Record<string, string>;
type Cached = { pool: unknown; version: string; titles: Promise<ArticleTitles>; ready?: ArticleTitles };

// Process-wide (remember): every route bundle gets its own copy of this module, but they share it.
const holder = remember("articleTitles", (): { articleTitles?: Cached } => ({}));

export function getArticleTitlesAt(contentVersion: string): Promise<ArticleTitles> {
  const pool = getPool();
  const cached = holder.articleTitles;
  if (cached && cached.pool === pool && cached.version === contentVersion) return cached.titles;
  const entry: Cached = { pool, version: contentVersion, titles: readTitles() };
  holder.articleTitles = entry;
  entry.titles.then(
    (titles) => {
      entry.ready = titles;
    },
    () => {
      // A failed read is not kept: the next submission tries again.
      if (holder.articleTitles === entry) holder.articleTitles = undefined;
    },
  );
  return entry.titles;
}

/** The titles this process last read and their content version, without asking the database. */
export function heldArticleTitles(): { version: string; titles: ArticleTitles } | undefined {
  const cached = holder.articleTitles;
  return cached?.ready && cached.pool === getPool() ? { version: cached.version, titles: cached.ready } : undefined;
}

async function readTitles(): Promise<ArticleTitles> {
  const { rows } = await getPool().query<{ slug: string; title: string }>(
    `SELECT "slug", "title" FROM "Article" WHERE "published" = true`,
  );
  return Object.fromEntries(rows.map((row) => [row.slug, row.title]));
}

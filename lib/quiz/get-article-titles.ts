import "server-only";
import { getDb } from "@/lib/db";

/** Titles of published guides by slug, for the engine's article links. */
export async function getArticleTitles(): Promise<Record<string, string>> {
  const rows = await getDb().article.findMany({ where: { published: true }, select: { slug: true, title: true } });
  return Object.fromEntries(rows.map((row) => [row.slug, row.title]));
}

import "server-only";
import { getCatalogSnapshotAt, heldCatalogSnapshot } from "@/lib/catalog/get-catalog-snapshot";
import { readStoreVersions } from "@/lib/catalog/read-store-versions";
import type { CatalogSnapshot } from "@/lib/catalog/snapshot-types";
import type { ContentVersions } from "@/lib/catalog/content-versions";
import { getArticleTitlesAt, heldArticleTitles, type ArticleTitles } from "./get-article-titles";

// What the engine needs besides the answers: the catalog and the guides' titles, with the
// versions they were read at, so the save can check they are still current (save-fit-result.ts).

export type QuizInputs = { snapshot: CatalogSnapshot; articleTitles: ArticleTitles; versions: ContentVersions };

/** What this process already holds, unchecked; null before its first submission. */
export function heldQuizInputs(): QuizInputs | null {
  const snapshot = heldCatalogSnapshot();
  const titles = heldArticleTitles();
  if (!snapshot || !titles) return null;
  return { snapshot, articleTitles: titles.titles, versions: { catalog: snapshot.version, content: titles.version } };
}

/** The inputs as of `versions` or later (read from the database first when not given). */
export async function quizInputsAt(versions?: ContentVersions): Promise<QuizInputs> {
  const wanted = versions ?? (await readStoreVersions());
  const [snapshot, articleTitles] = await Promise.all([
    getCatalogSnapshotAt(BigInt(wanted.catalog)),
    getArticleTitlesAt(wanted.content),
  ]);
  return { snapshot, articleTitles, versions: { catalog: snapshot.version, content: wanted.content } };
}

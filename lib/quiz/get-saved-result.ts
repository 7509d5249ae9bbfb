import "server-only";
import { getDb } from "@/lib/db";
import { getCatalogSnapshot } from "@/lib/catalog/get-catalog-snapshot";
import type { SavedAnswers, SavedResult } from "@/lib/fit/to-saved-result";

/** What changed for a saved variant since the result was made. */
export type VariantNow = { stock: number; priceCents: number; available: boolean };

export type SavedResultView = {
  id: string;
  createdAt: Date;
  answers: SavedAnswers;
  result: SavedResult;
  engineVersion: string;
  rulesetVersion: string;
  /** Current stock and price by SKU, from the live catalog. */
  now: Record<string, VariantNow>;
};

const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export async function getSavedResult(id: string): Promise<SavedResultView | null> {
  if (!ID_PATTERN.test(id)) return null;
  const row = await getDb().fitResult.findUnique({ where: { id } });
  if (!row) return null;
  const result = row.result as unknown as SavedResult;
  const snapshot = await getCatalogSnapshot();
  const skus = new Set(
    [...result.picks, ...result.alternatives, ...result.fallbacks, ...result.overBudget].map(
      (item) => item.variant.sku,
    ),
  );
  const now: Record<string, VariantNow> = {};
  for (const product of snapshot.products) {
    for (const variant of product.variants) {
      if (skus.has(variant.sku))
        now[variant.sku] = { stock: variant.stock, priceCents: variant.priceCents, available: true };
    }
  }
  return {
    id: row.id,
    createdAt: row.createdAt,
    answers: row.answers as unknown as SavedAnswers,
    result,
    engineVersion: row.engineVersion,
    rulesetVersion: row.rulesetVersion,
    now,
  };
}

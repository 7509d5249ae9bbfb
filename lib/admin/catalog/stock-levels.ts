import type { Prisma } from "@/lib/generated/prisma/client";
import type { StockLevel } from "./low-stock-filters";

// The one definition of "low" and "sold out" that the dashboard's counts, the low-stock list and
// its CSV export all use, so a count on the dashboard is the total its link opens.

/** A size at or below this many pairs is low (sold out at 0). */
export const LOW_STOCK_THRESHOLD = 2;

/** Archived shoes are off sale for good: their empty sizes need no attention. */
const LIVE: Prisma.VariantWhereInput = { product: { archivedAt: null } };

const STOCK_AT_LEVEL: Record<StockLevel, Prisma.IntFilter> = {
  out: { equals: 0 },
  low: { gt: 0, lte: LOW_STOCK_THRESHOLD },
  both: { lte: LOW_STOCK_THRESHOLD },
};

/** Sizes of live shoes at that level: sold out (0 pairs), low (1 to the threshold) or either. */
export function variantsAtStockLevel(level: StockLevel): Prisma.VariantWhereInput {
  return { ...LIVE, stock: STOCK_AT_LEVEL[level] };
}

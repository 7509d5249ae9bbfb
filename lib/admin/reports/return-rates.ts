import "server-only";
import { getDb } from "@/lib/db";
import type { ReturnReason } from "@/lib/generated/prisma/client";
import { RETURN_REASONS } from "@/lib/returns/return-reasons";
import type { ShoeSold } from "./pairs-sold";
import { utcDayBounds } from "./utc-days";

export type ReturnRateRow = {
  pairsReturned: number;
  pairsSold: number;
  /** pairsReturned ÷ pairsSold (a fraction, 0.25 for 25%); null when nothing sold. */
  rate: number | null;
};

export type ReturnRates = {
  total: ReturnRateRow;
  byReason: (ReturnRateRow & { reason: ReturnReason })[];
  byProduct: (ReturnRateRow & { productName: string })[];
};

const rateOf = (pairsReturned: number, pairsSold: number): ReturnRateRow => ({
  pairsReturned,
  pairsSold,
  rate: pairsSold === 0 ? null : pairsReturned / pairsSold,
});

/**
 * Pairs on returns requested in the range (any status but DECLINED, by the request's UTC day),
 * against pairs sold in the range (`sold`, from pairs-sold.ts). They are not the same pairs: a
 * return in March may be for a pair sold in February, so a short range can show a shoe above
 * 100%. Every reason is listed, in the return form's order (fit reasons first), so a zero is
 * visible; by product only shoes with a return are listed, most returned first.
 */
export async function getReturnRates(from: string, to: string, sold: ShoeSold[]): Promise<ReturnRates> {
  const { start, end } = utcDayBounds(from, to);
  const db = getDb();
  const [reasons, products] = await Promise.all([
    db.$queryRaw<{ reason: ReturnReason; pairs: number }[]>`
      SELECT rl."reason"::text AS "reason", SUM(rl."quantity")::int AS "pairs"
      FROM "ReturnLine" rl JOIN "ReturnRequest" rr ON rr."id" = rl."returnId"
      WHERE rr."status" <> 'DECLINED' AND rr."createdAt" >= ${start} AND rr."createdAt" < ${end}
      GROUP BY 1`,
    db.$queryRaw<{ productName: string; pairs: number }[]>`
      SELECT ol."productName", SUM(rl."quantity")::int AS "pairs"
      FROM "ReturnLine" rl
        JOIN "ReturnRequest" rr ON rr."id" = rl."returnId"
        JOIN "OrderLine" ol ON ol."id" = rl."orderLineId"
      WHERE rr."status" <> 'DECLINED' AND rr."createdAt" >= ${start} AND rr."createdAt" < ${end}
      GROUP BY 1`,
  ]);

  const pairsSold = sold.reduce((sum, shoe) => sum + shoe.pairs, 0);
  const soldByProduct = new Map(sold.map((shoe) => [shoe.productName, shoe.pairs]));
  const returnedByReason = new Map(reasons.map((row) => [row.reason, row.pairs]));
  const pairsReturned = reasons.reduce((sum, row) => sum + row.pairs, 0);
  return {
    total: rateOf(pairsReturned, pairsSold),
    byReason: RETURN_REASONS.map((reason) => ({ reason, ...rateOf(returnedByReason.get(reason) ?? 0, pairsSold) })),
    byProduct: products
      .map((row) => ({ productName: row.productName, ...rateOf(row.pairs, soldByProduct.get(row.productName) ?? 0) }))
      .sort((a, b) => b.pairsReturned - a.pairsReturned || a.productName.localeCompare(b.productName)),
  };
}

import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { LOW_STOCK_SELECT, lowStockWhere } from "../catalog/list-low-stock";
import type { LowStockFilters } from "../catalog/low-stock-filters";
import { formatCsv } from "./format-csv";

export const LOW_STOCK_CSV_COLUMNS = [
  "shoe",
  "brand",
  "published",
  "fit_range",
  "size",
  "width",
  "sku",
  "pairs",
  "level",
] as const;

/** Rows read per query: a whole catalog's sizes never sit in memory at once. */
const BATCH_SIZE = 1_000;

/**
 * Every size the low-stock filters pick (all pages, the page number ignored) as a stream of CSV
 * text. Rows go by SKU, read in batches after the last SKU sent: SKUs are unique and don't move,
 * so a sale or a restock during a long download can't list a size twice, as paging by stock
 * could. The first batch is read before the stream is returned, so a database that can't answer
 * gives the route's 503, not a download cut short after its headers. Cells go through formatCsv,
 * which guards against spreadsheet formulas as the catalog export does.
 */
export async function exportLowStockCsv(
  _actor: StaffActor,
  filters: LowStockFilters,
): Promise<ReadableStream<Uint8Array>> {
  const where = lowStockWhere(filters);
  const readAfter = async (sku: string | null) =>
    where
      ? getDb().variant.findMany({
          where: sku === null ? where : { AND: [where, { sku: { gt: sku } }] },
          orderBy: { sku: "asc" },
          take: BATCH_SIZE,
          select: LOW_STOCK_SELECT,
        })
      : [];
  const encoder = new TextEncoder();
  let batch = await readAfter(null);
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(formatCsv([[...LOW_STOCK_CSV_COLUMNS]])));
      }
      if (batch.length === 0) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(formatCsv(batch.map(toCells))));
      const last = batch.at(-1)?.sku ?? null;
      batch = batch.length < BATCH_SIZE ? [] : await readAfter(last);
    },
  });
}

type LowStockRow = Prisma.VariantGetPayload<{ select: typeof LOW_STOCK_SELECT }>;

function toCells(variant: LowStockRow): string[] {
  return [
    variant.product.name,
    variant.product.brand.name,
    String(variant.product.published),
    variant.fitRange,
    variant.sizeLabel,
    variant.widthCode,
    variant.sku,
    String(variant.stock),
    variant.stock === 0 ? "sold out" : "low",
  ];
}

import "server-only";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { diffFields } from "../diff-fields";
import { assertRole } from "../require-role";
import type { ImportReport, StockMovedRow } from "./import-report";
import { validateProductsCsv, type ImportVariant } from "./validate-products-csv";

type Tx = Prisma.TransactionClient;

/**
 * Owners only. Validates every row first; any error rejects the whole file and nothing is
 * written. A valid file is applied in one transaction: products matched by slug, variants by SKU
 * (created or updated; variants missing from the file are left alone). Each changed product and
 * variant gets an audit row.
 *
 * Stock of an existing variant is never overwritten blindly, since checkouts hold and sell pairs
 * between the export and the import: it changes only where the file's `stock` differs from its
 * `expected_stock`, and only if the live stock still equals `expected_stock` (a conditional
 * update). Otherwise the stock is left as it is and the row is reported in `stockMoved`; the
 * row's other changes still apply. Without an expected value, stock is left alone and counted.
 */
export async function importProductsCsv(actor: StaffActor, text: string): Promise<ImportReport> {
  assertRole(actor, "owner");
  const db = getDb();
  const checked = await validateProductsCsv(text, db);
  if (!checked.ok) return checked;
  const report = {
    ok: true as const,
    rows: checked.plan.rowCount,
    productsCreated: 0,
    productsUpdated: 0,
    variantsCreated: 0,
    variantsUpdated: 0,
    stockMoved: [] as StockMovedRow[],
    stockWithoutExpected: 0,
  };

  await db.$transaction(
    async (tx) => {
      const audit: Prisma.AuditLogCreateManyInput[] = [];
      const base = { actorId: actor.userId, ip: actor.ip };
      // Two reads for the whole file, then writes only where something differs: an unchanged
      // 3,000-row export re-imports in a moment and writes nothing.
      const plan = checked.plan.products;
      const [existingProducts, existingVariants] = await Promise.all([
        tx.product.findMany({ where: { slug: { in: plan.map((product) => product.data.slug) } } }),
        tx.variant.findMany({
          where: { sku: { in: plan.flatMap((product) => product.variants.map((variant) => variant.sku)) } },
        }),
      ]);
      const productBySlug = new Map(existingProducts.map((product) => [product.slug, product]));
      const variantBySku = new Map(existingVariants.map((variant) => [variant.sku, variant]));
      const variants: { productId: string; variant: ImportVariant }[] = [];

      for (const product of plan) {
        const before = productBySlug.get(product.data.slug);
        let productId: string;
        if (!before) {
          productId = (
            await tx.product.create({
              data: { ...product.data, currency: getEnv().STORE_CURRENCY },
              select: { id: true },
            })
          ).id;
          audit.push({
            ...base,
            action: "product.create",
            entityType: "Product",
            entityId: productId,
            after: { ...product.data, via: "csv" },
          });
          report.productsCreated++;
        } else {
          productId = before.id;
          const diff = diffFields(before, product.data);
          if (diff) {
            await tx.product.update({ where: { id: productId }, data: product.data });
            audit.push({
              ...base,
              action: "product.update",
              entityType: "Product",
              entityId: productId,
              before: diff.before,
              after: { ...diff.after, via: "csv" },
            });
            report.productsUpdated++;
          }
        }
        for (const variant of product.variants) variants.push({ productId, variant });
      }

      // Variant rows are written in SKU order, the order checkout holds and releases lock them
      // in, so an import and a checkout wait for each other instead of deadlocking.
      variants.sort((a, b) => (a.variant.sku < b.variant.sku ? -1 : a.variant.sku > b.variant.sku ? 1 : 0));
      for (const { productId, variant } of variants) {
        const current = variantBySku.get(variant.sku);
        const sizing = { fitRange: variant.fitRange, sizeLabel: variant.sizeLabel, widthCode: variant.widthCode };
        if (!current) {
          const created = await tx.variant.create({
            data: { productId, sku: variant.sku, ...sizing, stock: variant.stock },
            select: { id: true },
          });
          audit.push({
            ...base,
            action: "variant.create",
            entityType: "Variant",
            entityId: created.id,
            after: { sku: variant.sku, ...sizing, stock: variant.stock, via: "csv" },
          });
          report.variantsCreated++;
          continue;
        }
        const sizingDiff = diffFields(current, sizing);
        if (sizingDiff) await tx.variant.update({ where: { id: current.id }, data: sizing });
        const stockDiff = await applyStock(tx, current.id, variant, report);
        if (!sizingDiff && !stockDiff) continue;
        audit.push({
          ...base,
          action: "variant.stock",
          entityType: "Variant",
          entityId: current.id,
          before: { sku: current.sku, ...sizingDiff?.before, ...stockDiff?.before },
          after: { sku: current.sku, ...sizingDiff?.after, ...stockDiff?.after, via: "csv" },
        });
        report.variantsUpdated++;
      }
      if (audit.length > 0) await tx.auditLog.createMany({ data: audit });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  report.stockMoved.sort((a, b) => a.row - b.row);
  return report;
}

/**
 * Writes an existing variant's stock only when the file asks for a change, and only if the live
 * stock still equals the file's expected value. The condition sits in the UPDATE itself, so a
 * hold or sale committed at any moment before this statement (even after this transaction's
 * reads) makes it match nothing. Returns the change for the audit row, or null if none was made.
 */
async function applyStock(
  tx: Tx,
  variantId: string,
  variant: ImportVariant,
  report: { stockMoved: StockMovedRow[]; stockWithoutExpected: number },
) {
  const { expectedStock: expected, stock: requested } = variant;
  if (expected === null) {
    report.stockWithoutExpected++;
    return null;
  }
  if (requested === expected) return null;
  const written = await tx.$executeRaw`
    UPDATE "Variant" SET "stock" = ${requested}, "updatedAt" = now()
    WHERE "id" = ${variantId} AND "stock" = ${expected}`;
  if (written === 1) return { before: { stock: expected }, after: { stock: requested } };
  const { stock: current } = await tx.variant.findUniqueOrThrow({ where: { id: variantId }, select: { stock: true } });
  // Already what the file asks for (the same file imported twice): nothing to do, nothing moved.
  if (current === requested) return null;
  report.stockMoved.push({ sku: variant.sku, row: variant.row, expected, current, requested });
  return null;
}

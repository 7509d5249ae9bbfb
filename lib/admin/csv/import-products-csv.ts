import "server-only";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { diffFields } from "../diff-fields";
import { assertRole } from "../require-role";
import { validateProductsCsv, type CsvRowError } from "./validate-products-csv";

export type ImportReport =
  | { ok: true; rows: number; productsCreated: number; productsUpdated: number; variantsCreated: number; variantsUpdated: number }
  | { ok: false; errors: CsvRowError[] };

/**
 * Owners only. Validates every row first; any error rejects the whole file and nothing is
 * written. A valid file is applied in one transaction: products matched by slug, variants by SKU
 * (created or updated; variants missing from the file are left alone). Each changed product and
 * variant gets an audit row.
 */
export async function importProductsCsv(actor: StaffActor, text: string): Promise<ImportReport> {
  assertRole(actor, "owner");
  const db = getDb();
  const checked = await validateProductsCsv(text, db);
  if (!checked.ok) return checked;
  const report = { ok: true as const, rows: checked.plan.rowCount, productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 0 };

  await db.$transaction(
    async (tx) => {
      const audit: Prisma.AuditLogCreateManyInput[] = [];
      const base = { actorId: actor.userId, ip: actor.ip };
      // Two reads for the whole file, then writes only where something differs: an unchanged
      // 3,000-row export re-imports in a moment and writes nothing.
      const plan = checked.plan.products;
      const [existingProducts, existingVariants] = await Promise.all([
        tx.product.findMany({ where: { slug: { in: plan.map((product) => product.data.slug) } } }),
        tx.variant.findMany({ where: { sku: { in: plan.flatMap((product) => product.variants.map((variant) => variant.sku)) } } }),
      ]);
      const productBySlug = new Map(existingProducts.map((product) => [product.slug, product]));
      const variantBySku = new Map(existingVariants.map((variant) => [variant.sku, variant]));

      for (const product of plan) {
        const before = productBySlug.get(product.data.slug);
        let productId: string;
        if (!before) {
          productId = (await tx.product.create({ data: { ...product.data, currency: getEnv().STORE_CURRENCY }, select: { id: true } })).id;
          audit.push({ ...base, action: "product.create", entityType: "Product", entityId: productId, after: { ...product.data, via: "csv" } });
          report.productsCreated++;
        } else {
          productId = before.id;
          const diff = diffFields(before, product.data);
          if (diff) {
            await tx.product.update({ where: { id: productId }, data: product.data });
            audit.push({ ...base, action: "product.update", entityType: "Product", entityId: productId, before: diff.before, after: { ...diff.after, via: "csv" } });
            report.productsUpdated++;
          }
        }
        for (const variant of product.variants) {
          const current = variantBySku.get(variant.sku);
          const fields = { fitRange: variant.fitRange, sizeLabel: variant.sizeLabel, widthCode: variant.widthCode, stock: variant.stock };
          if (!current) {
            const created = await tx.variant.create({ data: { productId, sku: variant.sku, ...fields }, select: { id: true } });
            audit.push({ ...base, action: "variant.create", entityType: "Variant", entityId: created.id, after: { sku: variant.sku, ...fields, via: "csv" } });
            report.variantsCreated++;
            continue;
          }
          const diff = diffFields(current, fields);
          if (!diff) continue;
          await tx.variant.update({ where: { id: current.id }, data: fields });
          audit.push({ ...base, action: "variant.stock", entityType: "Variant", entityId: current.id, before: { sku: current.sku, ...diff.before }, after: { sku: current.sku, ...diff.after, via: "csv" } });
          report.variantsUpdated++;
        }
      }
      if (audit.length > 0) await tx.auditLog.createMany({ data: audit });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return report;
}

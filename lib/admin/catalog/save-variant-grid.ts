import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { widthCodesFor } from "@/lib/catalog/width-codes";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { AdminError } from "../admin-error";
import { defaultSku, fitRangesFor, SIZE_LABELS } from "./size-labels";
import { cellKey, variantGridSchema } from "./variant-grid-schema";

export type GridSaveResult = { slug: string; created: number; updated: number; removed: number };

type Change = Prisma.AuditLogCreateManyInput;

/**
 * Applies the grid's changed cells in one transaction, all or nothing. Stock is written with a
 * conditional update (only if it still equals what the grid showed), so a checkout that took a
 * pair meanwhile makes the save stop with a clear message instead of overselling. Every change
 * gets its own audit row with before and after.
 */
export async function saveVariantGrid(actor: StaffActor, productId: string, input: unknown): Promise<GridSaveResult> {
  const { cells } = variantGridSchema.parse(input);
  return getDb().$transaction(async (tx) => {
    const product = await tx.product.findUnique({
      where: { id: productId },
      select: { slug: true, range: true, variants: true },
    });
    if (!product) throw new AdminError("That product no longer exists.", undefined, 404);
    const existing = new Map(product.variants.map((variant) => [cellKey(variant), variant]));
    const ranges = fitRangesFor(product.range);
    const fields: Record<string, string> = {};
    const audit: Change[] = [];
    const result: GridSaveResult = { slug: product.slug, created: 0, updated: 0, removed: 0 };
    const base = { actorId: actor.userId, entityType: "Variant", ip: actor.ip };

    for (const cell of cells) {
      const key = cellKey(cell);
      if (
        !ranges.includes(cell.fitRange) ||
        !SIZE_LABELS[cell.fitRange].includes(cell.sizeLabel) ||
        !widthCodesFor(cell.fitRange).includes(cell.widthCode)
      ) {
        fields[key] = "This size and width isn't part of the product's sizing";
        continue;
      }
      const current = existing.get(key);
      const stock = cell.stock === "" ? null : Number(cell.stock);

      if (!current) {
        if (stock === null) continue;
        const sku = cell.sku || defaultSku(product.slug, cell.fitRange, cell.sizeLabel, cell.widthCode);
        const created = await tx.variant.create({
          data: {
            productId,
            fitRange: cell.fitRange,
            sizeLabel: cell.sizeLabel,
            widthCode: cell.widthCode,
            sku,
            stock,
          },
        });
        audit.push({ ...base, action: "variant.create", entityId: created.id, after: { sku, stock } });
        result.created++;
        continue;
      }
      if (cell.expected !== null && current.stock !== cell.expected) {
        fields[key] =
          `Stock changed from ${cell.expected} to ${current.stock} while you were editing (a sale or another edit). Check it and save again.`;
        continue;
      }
      if (stock === null) {
        const orders = await tx.orderLine.count({ where: { variantId: current.id } });
        if (orders > 0) {
          fields[key] = "This size has been ordered, so it can't be removed: set its stock to 0 instead";
          continue;
        }
        await tx.variant.delete({ where: { id: current.id } });
        audit.push({
          ...base,
          action: "variant.delete",
          entityId: current.id,
          before: { sku: current.sku, stock: current.stock },
        });
        result.removed++;
        continue;
      }
      const sku = cell.sku || current.sku;
      if (stock === current.stock && sku === current.sku) continue;
      // The stock condition closes the gap between the read above and this write.
      const written = await tx.variant.updateMany({
        where: { id: current.id, stock: current.stock },
        data: { stock, sku },
      });
      if (written.count === 0) {
        fields[key] = "Stock changed while saving (a sale). Check it and save again.";
        continue;
      }
      audit.push({
        ...base,
        action: "variant.stock",
        entityId: current.id,
        before: { sku: current.sku, stock: current.stock },
        after: { sku, stock },
      });
      result.updated++;
    }

    if (Object.keys(fields).length > 0)
      throw new AdminError("Nothing was saved: fix the highlighted cells.", fields, 409);
    if (audit.length > 0) await tx.auditLog.createMany({ data: audit });
    return result;
  });
}

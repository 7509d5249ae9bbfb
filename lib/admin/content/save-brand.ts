import "server-only";
import { getDb } from "@/lib/db";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { AdminError } from "../admin-error";
import { diffFields } from "../diff-fields";
import { brandSchema, sizeChartSchema } from "./brand-schema";

/** Creates (brandId null) or updates a brand's name, slug and description. */
export async function saveBrand(actor: StaffActor, brandId: string | null, input: unknown): Promise<{ id: string }> {
  const data = brandSchema.parse(input);
  return getDb().$transaction(async (tx) => {
    if (brandId === null) {
      const created = await tx.brand.create({ data, select: { id: true } });
      await writeAudit(
        {
          actorId: actor.userId,
          action: "brand.create",
          entityType: "Brand",
          entityId: created.id,
          after: data,
          ip: actor.ip,
        },
        tx,
      );
      return created;
    }
    const before = await tx.brand.findUnique({ where: { id: brandId } });
    if (!before) throw new AdminError("That brand no longer exists.", undefined, 404);
    const diff = diffFields(before, data);
    if (diff) {
      await tx.brand.update({ where: { id: brandId }, data });
      await writeAudit(
        {
          actorId: actor.userId,
          action: "brand.update",
          entityType: "Brand",
          entityId: brandId,
          ...diff,
          ip: actor.ip,
        },
        tx,
      );
    }
    return { id: brandId };
  });
}

/** Replaces one range of a brand's size chart, all rows at once. */
export async function saveSizeChart(actor: StaffActor, brandId: string, input: unknown): Promise<{ rows: number }> {
  const chart = sizeChartSchema.parse(input);
  const rows = chart.rows.map((row) => ({
    brandId,
    range: chart.range,
    sizeLabel: row.sizeLabel,
    footLengthMinMm: Number(row.footLengthMinMm),
    footLengthMaxMm: Number(row.footLengthMaxMm),
  }));
  return getDb().$transaction(async (tx) => {
    if (!(await tx.brand.findUnique({ where: { id: brandId }, select: { id: true } })))
      throw new AdminError("That brand no longer exists.", undefined, 404);
    const before = await tx.sizeChartRow.findMany({
      where: { brandId, range: chart.range },
      orderBy: { footLengthMinMm: "asc" },
    });
    await tx.sizeChartRow.deleteMany({ where: { brandId, range: chart.range } });
    await tx.sizeChartRow.createMany({ data: rows });
    const summarize = (list: { sizeLabel: string; footLengthMinMm: number; footLengthMaxMm: number }[]) =>
      list.map((row) => `${row.sizeLabel}:${row.footLengthMinMm}-${row.footLengthMaxMm}`);
    await writeAudit(
      {
        actorId: actor.userId,
        action: "size_chart.update",
        entityType: "Brand",
        entityId: brandId,
        before: { range: chart.range, rows: summarize(before) },
        after: { range: chart.range, rows: summarize(rows) },
        ip: actor.ip,
      },
      tx,
    );
    return { rows: rows.length };
  });
}

export async function listAdminBrands(_actor: StaffActor) {
  return getDb().brand.findMany({
    orderBy: { name: "asc" },
    include: { _count: { select: { products: true, sizeChart: true } } },
  });
}

export async function getAdminBrand(_actor: StaffActor, brandId: string) {
  if (brandId.length > 40) return null;
  return getDb().brand.findUnique({
    where: { id: brandId },
    include: { sizeChart: { orderBy: [{ range: "asc" }, { footLengthMinMm: "asc" }] } },
  });
}

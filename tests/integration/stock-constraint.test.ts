/** @jest-environment-options {"template":"seeded"} */
import { getDb } from "@/lib/db";

describe("reliability case 17: stock can't go negative", () => {
  it("rejects a direct update that would make stock negative, and leaves the row unchanged", async () => {
    const db = getDb();
    const variant = await db.variant.findFirstOrThrow({ where: { stock: { gt: 0 } } });
    await expect(db.variant.update({ where: { id: variant.id }, data: { stock: -1 } })).rejects.toThrow(
      /Variant_stock_non_negative|check constraint/i,
    );
    await expect(
      db.$executeRawUnsafe(`UPDATE "Variant" SET "stock" = "stock" - 1000 WHERE "id" = $1`, variant.id),
    ).rejects.toThrow(/check constraint/i);
    const after = await db.variant.findUniqueOrThrow({ where: { id: variant.id } });
    expect(after.stock).toBe(variant.stock);
  });
});

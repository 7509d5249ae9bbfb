import "server-only";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { productSchema, toProductData } from "./product-schema";

/** Creates a product (no variants yet) and records it in the audit log. */
export async function createProduct(actor: StaffActor, input: unknown): Promise<{ id: string; slug: string }> {
  const data = toProductData(productSchema.parse(input));
  return getDb().$transaction(async (tx) => {
    const product = await tx.product.create({
      data: { ...data, currency: getEnv().STORE_CURRENCY },
      select: { id: true, slug: true },
    });
    await writeAudit(
      {
        actorId: actor.userId,
        action: "product.create",
        entityType: "Product",
        entityId: product.id,
        after: data,
        ip: actor.ip,
      },
      tx,
    );
    return product;
  });
}

import "server-only";
import { getDb } from "@/lib/db";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { AdminError } from "../admin-error";
import { diffFields } from "../diff-fields";
import { productSchema, toProductData } from "./product-schema";

/**
 * Saves the product form. `loadedAt` is the product's updatedAt when the form was opened: if
 * someone else saved in between, nothing is written and the staff member is asked to reload,
 * rather than silently undoing the other edit. Returns the slugs to refresh on the storefront.
 */
export async function updateProduct(
  actor: StaffActor,
  productId: string,
  input: unknown,
  loadedAt: string,
): Promise<{ slugs: string[]; changed: boolean }> {
  const data = toProductData(productSchema.parse(input));
  return getDb().$transaction(async (tx) => {
    const before = await tx.product.findUnique({ where: { id: productId } });
    if (!before) throw new AdminError("That product no longer exists.", undefined, 404);
    if (before.updatedAt.toISOString() !== loadedAt) {
      throw new AdminError(
        "Someone else saved this product after you opened it. Reload the page to see their changes, then edit again.",
        undefined,
        409,
      );
    }
    const diff = diffFields(before, data);
    if (!diff) return { slugs: [before.slug], changed: false };
    await tx.product.update({ where: { id: productId }, data });
    await writeAudit(
      {
        actorId: actor.userId,
        action: "product.update",
        entityType: "Product",
        entityId: productId,
        ...diff,
        ip: actor.ip,
      },
      tx,
    );
    return { slugs: [...new Set([before.slug, data.slug])], changed: true };
  });
}

import "server-only";
import { getDb } from "@/lib/db";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { AdminError } from "../admin-error";

/** Publishes or hides a product. Archived products stay hidden until restored. */
export async function setProductPublished(
  actor: StaffActor,
  productId: string,
  published: boolean,
): Promise<{ slug: string }> {
  return getDb().$transaction(async (tx) => {
    const before = await tx.product.findUnique({
      where: { id: productId },
      select: { slug: true, published: true, archivedAt: true },
    });
    if (!before) throw new AdminError("That product no longer exists.", undefined, 404);
    if (published && before.archivedAt)
      throw new AdminError("Restore the product from the archive before publishing it.");
    if (before.published !== published) {
      await tx.product.update({ where: { id: productId }, data: { published } });
      await writeAudit(
        {
          actorId: actor.userId,
          action: published ? "product.publish" : "product.unpublish",
          entityType: "Product",
          entityId: productId,
          before: { published: before.published },
          after: { published },
          ip: actor.ip,
        },
        tx,
      );
    }
    return { slug: before.slug };
  });
}

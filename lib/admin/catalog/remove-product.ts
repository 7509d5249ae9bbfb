import "server-only";
import { getDb } from "@/lib/db";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { AdminError } from "../admin-error";
import { assertRole } from "../require-role";

export type RemoveOutcome = { outcome: "deleted" | "archived"; slug: string };

/**
 * Owners only. A product nobody has ordered is deleted; one with orders is archived instead
 * (hidden and unbuyable) so order history keeps its lines and variants.
 */
export async function removeProduct(actor: StaffActor, productId: string): Promise<RemoveOutcome> {
  assertRole(actor, "owner");
  return getDb().$transaction(async (tx) => {
    const product = await tx.product.findUnique({
      where: { id: productId },
      select: { slug: true, name: true, published: true, archivedAt: true },
    });
    if (!product) throw new AdminError("That product no longer exists.", undefined, 404);
    const ordered = await tx.orderLine.count({ where: { variant: { productId } } });
    if (ordered > 0) {
      if (!product.archivedAt)
        await tx.product.update({ where: { id: productId }, data: { archivedAt: new Date(), published: false } });
      await writeAudit(
        {
          actorId: actor.userId,
          action: "product.archive",
          entityType: "Product",
          entityId: productId,
          before: { published: product.published, archivedAt: null },
          after: { published: false, archived: true, orderLines: ordered },
          ip: actor.ip,
        },
        tx,
      );
      return { outcome: "archived", slug: product.slug };
    }
    await tx.product.delete({ where: { id: productId } });
    await writeAudit(
      {
        actorId: actor.userId,
        action: "product.delete",
        entityType: "Product",
        entityId: productId,
        before: { name: product.name, slug: product.slug },
        ip: actor.ip,
      },
      tx,
    );
    return { outcome: "deleted", slug: product.slug };
  });
}

/** Brings an archived product back as a hidden draft. */
export async function restoreProduct(actor: StaffActor, productId: string): Promise<{ slug: string }> {
  assertRole(actor, "owner");
  return getDb().$transaction(async (tx) => {
    const product = await tx.product.findUnique({ where: { id: productId }, select: { slug: true, archivedAt: true } });
    if (!product) throw new AdminError("That product no longer exists.", undefined, 404);
    if (product.archivedAt) {
      await tx.product.update({ where: { id: productId }, data: { archivedAt: null } });
      await writeAudit(
        {
          actorId: actor.userId,
          action: "product.restore",
          entityType: "Product",
          entityId: productId,
          before: { archivedAt: product.archivedAt.toISOString() },
          after: { archivedAt: null },
          ip: actor.ip,
        },
        tx,
      );
    }
    return { slug: product.slug };
  });
}

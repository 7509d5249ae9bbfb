import "server-only";
import { getDb } from "@/lib/db";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { AdminError } from "../admin-error";
import { diffFields } from "../diff-fields";
import { collectionSchema } from "./collection-schema";

/** Creates (collectionId null) or updates a collection; the shoes' order is their list order. */
export async function saveCollection(
  actor: StaffActor,
  collectionId: string | null,
  input: unknown,
): Promise<{ id: string; slug: string }> {
  const values = collectionSchema.parse(input);
  const data = {
    title: values.title,
    slug: values.slug,
    description: values.description,
    featuredRank: values.featuredRank === "" ? null : Number(values.featuredRank),
  };
  const members = values.productIds.map((productId, position) => ({ productId, position }));
  return getDb().$transaction(async (tx) => {
    const known = await tx.product.count({ where: { id: { in: values.productIds } } });
    if (known !== values.productIds.length)
      throw new AdminError("One of the shoes no longer exists; reload the page.", { productIds: "Unknown shoe" });
    let id = collectionId;
    let before: Record<string, unknown> = {};
    if (id === null) {
      id = (await tx.collection.create({ data, select: { id: true } })).id;
    } else {
      const existing = await tx.collection.findUnique({
        where: { id },
        include: { products: { orderBy: { position: "asc" }, select: { productId: true } } },
      });
      if (!existing) throw new AdminError("That collection no longer exists.", undefined, 404);
      before = { ...existing, productIds: existing.products.map((member) => member.productId) };
      await tx.collection.update({ where: { id }, data });
      await tx.collectionProduct.deleteMany({ where: { collectionId: id } });
    }
    await tx.collectionProduct.createMany({ data: members.map((member) => ({ collectionId: id, ...member })) });
    const diff = diffFields(before, { ...data, productIds: values.productIds });
    if (diff) {
      await writeAudit(
        {
          actorId: actor.userId,
          action: collectionId ? "collection.update" : "collection.create",
          entityType: "Collection",
          entityId: id,
          ...diff,
          ip: actor.ip,
        },
        tx,
      );
    }
    return { id, slug: data.slug };
  });
}

export async function listAdminCollections(_actor: StaffActor) {
  return getDb().collection.findMany({
    orderBy: [{ featuredRank: { sort: "asc", nulls: "last" } }, { title: "asc" }],
    include: { _count: { select: { products: true } } },
  });
}

export async function getAdminCollection(_actor: StaffActor, collectionId: string) {
  if (collectionId.length > 40) return null;
  return getDb().collection.findUnique({
    where: { id: collectionId },
    include: {
      products: { orderBy: { position: "asc" }, select: { productId: true, product: { select: { name: true } } } },
    },
  });
}

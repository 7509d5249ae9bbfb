"use server";

import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import type { ActionState } from "@/lib/admin/action-state";
import { createProduct } from "@/lib/admin/catalog/create-product";
import { removeProduct, restoreProduct } from "@/lib/admin/catalog/remove-product";
import { saveVariantGrid } from "@/lib/admin/catalog/save-variant-grid";
import { setProductPublished } from "@/lib/admin/catalog/set-product-published";
import { updateProduct } from "@/lib/admin/catalog/update-product";
import { revalidateStorefront } from "@/lib/admin/revalidate-storefront";
import { removeProductImage } from "@/lib/admin/uploads/save-product-image";
import { runAdminAction } from "@/lib/admin/run-admin-action";

// Server Actions are public endpoints: every one goes through runAdminAction (cross-site check,
// then a live staff session from the database, then no unstorable text in its arguments) and
// parses its arguments.

const id = z.string().min(1).max(40);

export async function createProductAction(values: unknown): Promise<ActionState> {
  return runAdminAction("staff", [values], async (actor) => {
    const product = await createProduct(actor, values);
    revalidateStorefront([product.slug]);
    return { ok: true, message: "Product created. Add its sizes and stock next.", id: product.id };
  });
}

export async function updateProductAction(
  productId: unknown,
  loadedAt: unknown,
  values: unknown,
): Promise<ActionState> {
  return runAdminAction("staff", [productId, loadedAt, values], async (actor) => {
    const result = await updateProduct(actor, id.parse(productId), values, z.string().max(40).parse(loadedAt));
    revalidateStorefront(result.slugs);
    return { ok: true, message: result.changed ? "Saved. The shop shows the change now." : "Nothing changed." };
  });
}

export async function setPublishedAction(productId: unknown, published: unknown): Promise<ActionState> {
  return runAdminAction("staff", [productId, published], async (actor) => {
    const publish = z.boolean().parse(published);
    const { slug } = await setProductPublished(actor, id.parse(productId), publish);
    revalidateStorefront([slug]);
    return { ok: true, message: publish ? "Published: shoppers can see it now." : "Hidden from the shop." };
  });
}

export async function removeProductAction(productId: unknown): Promise<ActionState> {
  return runAdminAction("owner", [productId], async (actor) => {
    const result = await removeProduct(actor, id.parse(productId));
    revalidateStorefront([result.slug]);
    return {
      ok: true,
      message:
        result.outcome === "deleted"
          ? "Deleted."
          : "This product has orders, so it was archived instead: hidden and not for sale, with its order history kept.",
    };
  });
}

export async function restoreProductAction(productId: unknown): Promise<ActionState> {
  return runAdminAction("owner", [productId], async (actor) => {
    await restoreProduct(actor, id.parse(productId));
    return { ok: true, message: "Restored as a hidden draft. Publish it when it's ready." };
  });
}

export async function saveVariantGridAction(productId: unknown, cells: unknown): Promise<ActionState> {
  return runAdminAction("staff", [productId, cells], async (actor) => {
    const result = await saveVariantGrid(actor, id.parse(productId), { cells });
    revalidateStorefront([result.slug]);
    return {
      ok: true,
      message: `Saved: ${result.created} added, ${result.updated} changed, ${result.removed} removed.`,
    };
  });
}

export async function removeImageAction(imageId: unknown): Promise<ActionState> {
  return runAdminAction("staff", [imageId], async (actor) => {
    await removeProductImage(actor, id.parse(imageId));
    revalidateStorefront();
    return { ok: true, message: "Picture removed." };
  });
}

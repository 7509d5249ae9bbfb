import "server-only";
import { getDb } from "@/lib/db";
import type { StaffActor } from "@/lib/staff/staff-actor";

/** Everything the product edit screen shows, or null. */
export async function getAdminProduct(_actor: StaffActor, productId: string) {
  if (productId.length > 40) return null;
  return getDb().product.findUnique({
    where: { id: productId },
    include: {
      brand: { select: { id: true, name: true } },
      variants: { orderBy: [{ fitRange: "asc" }, { sku: "asc" }] },
      images: { orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
  });
}

/** Brands for the product form's select. */
export async function listBrandOptions(_actor: StaffActor) {
  return getDb().brand.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

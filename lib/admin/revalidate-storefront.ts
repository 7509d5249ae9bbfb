import "server-only";
import { revalidatePath } from "next/cache";
import { collectionHref, productHref, STOREFRONT } from "@/lib/routes/storefront";

/**
 * Drops cached renders of storefront pages a catalog edit touches. The pages read the catalog
 * snapshot, which notices changes by itself (database triggers bump its version, and the page
 * cache keys on it), so this is for anything Next itself cached. Call from Server Actions and
 * route handlers only.
 */
export function revalidateStorefront(productSlugs: string[] = [], collectionSlugs: string[] = []): void {
  for (const slug of productSlugs) revalidatePath(productHref(slug));
  for (const slug of collectionSlugs) revalidatePath(collectionHref(slug));
  revalidatePath(STOREFRONT.shoes);
  revalidatePath(STOREFRONT.home);
}

import "server-only";
import { getDb } from "@/lib/db";
import { SHIPPING_RATE_ROW_FIELDS } from "@/lib/orders/shipping-offer";

/** The rates checkout offers now, for the shipping policy page: read live, so it never disagrees. */
export async function listPublicShippingRates() {
  return getDb().shippingRate.findMany({
    where: { active: true },
    orderBy: [{ priceCents: "asc" }, { name: "asc" }],
    select: SHIPPING_RATE_ROW_FIELDS,
  });
}

import { getDb } from "@/lib/db";
import type { ShippingRateRow } from "@/lib/orders/shipping-offer";
import { pickVariants } from "../stripe/shop";

// Shared by the totals property tests (checkout, and with a discount code): the rates and the
// stock their random carts are checked out against.

/** Shipping rates from generated prices and thresholds: US, 1–5 business days, named by index. */
export function testShippingRates(
  specs: readonly { priceCents: number; freeOverCents: number | null }[],
): ShippingRateRow[] {
  return specs.map((spec, index) => ({
    id: `rate_${index}`,
    name: `Rate ${index}`,
    currency: "usd",
    minBusinessDays: 1,
    maxBusinessDays: 5,
    countries: ["US"],
    ...spec,
  }));
}

/** Variants with stock deep enough that no generated cart is refused for stock. */
export async function deeplyStockedVariants(count: number) {
  const pool = await pickVariants(count, 1);
  await getDb().variant.updateMany({
    where: { id: { in: pool.map((variant) => variant.id) } },
    data: { stock: 10_000 },
  });
  return pool;
}

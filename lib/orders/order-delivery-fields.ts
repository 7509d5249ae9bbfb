import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The order fields every page and email that shows an order's breakdown and delivery reads: its
 * number, shipping, tax and discount (with its code), and the address and rate copied from the completed
 * Checkout Session (decision 0019). One select, so a new field reaches all of them.
 */
export const ORDER_DELIVERY_FIELDS = {
  orderNumber: true,
  shippingCents: true,
  taxCents: true,
  discountCents: true,
  discountRedemption: { select: { code: { select: { code: true } } } },
  taxMode: true,
  shippingRateName: true,
  shippingMinDays: true,
  shippingMaxDays: true,
  shipName: true,
  shipLine1: true,
  shipLine2: true,
  shipCity: true,
  shipState: true,
  shipPostalCode: true,
  shipCountry: true,
} as const satisfies Prisma.OrderSelect;

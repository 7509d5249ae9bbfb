import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { unitPriceCents } from "@/lib/cart/unit-price";
import { collectionsByProduct, DISCOUNT_RULE_FIELDS, type FoundDiscountCode } from "@/lib/discounts/find-discount-code";
import { quoteDiscount, type DiscountableLine, type DiscountQuote } from "@/lib/discounts/discount-rules";

type Db = Prisma.TransactionClient;

export type CartDiscount = { code: FoundDiscountCode; quote: DiscountQuote };

/** The cart's lines as the discount rules read them: price from the database, and collections. */
export async function discountableCartLines(cartId: string, db: Db = getDb()): Promise<DiscountableLine[]> {
  const lines = await db.cartLine.findMany({
    where: { cartId },
    select: {
      quantity: true,
      variant: {
        select: {
          priceCentsOverride: true,
          product: { select: { id: true, priceCents: true, currency: true } },
        },
      },
    },
  });
  const collections = await collectionsByProduct(
    lines.map((line) => line.variant.product.id),
    db,
  );
  return lines.map(({ quantity, variant }) => ({
    unitPriceCents: unitPriceCents(variant, variant.product),
    quantity,
    currency: variant.product.currency,
    collectionIds: collections.get(variant.product.id) ?? [],
  }));
}

/**
 * The code applied to this cart and what it takes off now (the cart page's discount line), or
 * null when none is applied. Checkout quotes again inside its transaction (reserve-discount.ts).
 */
export async function getCartDiscount(cartId: string | null, db: Db = getDb()): Promise<CartDiscount | null> {
  if (!cartId) return null;
  const cart = await db.cart.findUnique({
    where: { id: cartId },
    select: { discountCode: { select: DISCOUNT_RULE_FIELDS } },
  });
  if (!cart?.discountCode) return null;
  const lines = await discountableCartLines(cartId, db);
  return { code: cart.discountCode, quote: quoteDiscount(cart.discountCode, lines, new Date()) };
}

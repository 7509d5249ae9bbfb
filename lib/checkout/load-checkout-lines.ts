import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unitPriceCents } from "@/lib/cart/unit-price";

export type CheckoutLine = {
  variantId: string;
  sku: string;
  productName: string;
  sizeLabel: string;
  widthCode: string;
  currency: string;
  unitPriceCents: number;
  quantity: number;
  purchasable: boolean;
};

/** The cart's lines priced from the database, inside the checkout transaction. */
export async function loadCheckoutLines(tx: Prisma.TransactionClient, cartId: string) {
  const cart = await tx.cart.findUnique({
    where: { id: cartId },
    select: {
      updatedAt: true,
      lines: {
        select: {
          quantity: true,
          variant: {
            select: {
              id: true,
              sku: true,
              sizeLabel: true,
              widthCode: true,
              priceCentsOverride: true,
              product: { select: { name: true, priceCents: true, currency: true, published: true, archivedAt: true } },
            },
          },
        },
      },
    },
  });
  if (!cart) return null;
  const lines = cart.lines.map(({ quantity, variant }): CheckoutLine => ({
    variantId: variant.id,
    sku: variant.sku,
    productName: variant.product.name,
    sizeLabel: variant.sizeLabel,
    widthCode: variant.widthCode,
    currency: variant.product.currency,
    unitPriceCents: unitPriceCents(variant, variant.product),
    quantity,
    purchasable: variant.product.published && variant.product.archivedAt === null,
  }));
  return { version: cart.updatedAt, lines };
}

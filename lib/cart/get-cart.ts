import "server-only";
import { getDb } from "@/lib/db";
import { CART_PAIRS_SQL } from "@/lib/cart/cart-pairs-sql";
import { unitPriceCents } from "@/lib/cart/unit-price";

export type CartLineView = {
  sku: string;
  variantId: string;
  productName: string;
  productSlug: string;
  brandName: string;
  fitRange: "men" | "women";
  sizeLabel: string;
  widthCode: string;
  unitPriceCents: number;
  currency: string;
  quantity: number;
  lineTotalCents: number;
  stock: number;
  /** False when the product was unpublished or archived after it was added. */
  purchasable: boolean;
};

export type CartView = {
  id: string | null;
  lines: CartLineView[];
  itemCount: number;
  subtotalCents: number;
  currency: string | null;
  /** Changes with every edit of the cart; part of the checkout key (see lib/checkout/checkout-key.ts). */
  updatedAt: Date | null;
};

const EMPTY: CartView = { id: null, lines: [], itemCount: 0, subtotalCents: 0, currency: null, updatedAt: null };

/** The cart with current prices and stock from the database (never from the client). */
export async function getCart(cartId: string | null): Promise<CartView> {
  if (!cartId) return EMPTY;
  const cart = await getDb().cart.findUnique({
    where: { id: cartId },
    select: {
      id: true,
      updatedAt: true,
      lines: {
        orderBy: [{ createdAt: "asc" }, { variantId: "asc" }],
        select: {
          quantity: true,
          variant: {
            select: {
              id: true,
              sku: true,
              fitRange: true,
              sizeLabel: true,
              widthCode: true,
              stock: true,
              priceCentsOverride: true,
              product: {
                select: {
                  name: true,
                  slug: true,
                  priceCents: true,
                  currency: true,
                  published: true,
                  archivedAt: true,
                  brand: { select: { name: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!cart) return EMPTY;
  const lines = cart.lines.map(({ quantity, variant }): CartLineView => {
    const price = unitPriceCents(variant, variant.product);
    return {
      sku: variant.sku,
      variantId: variant.id,
      productName: variant.product.name,
      productSlug: variant.product.slug,
      brandName: variant.product.brand.name,
      fitRange: variant.fitRange,
      sizeLabel: variant.sizeLabel,
      widthCode: variant.widthCode,
      unitPriceCents: price,
      currency: variant.product.currency,
      quantity,
      lineTotalCents: price * quantity,
      stock: variant.stock,
      purchasable: variant.product.published && variant.product.archivedAt === null,
    };
  });
  return {
    id: cart.id,
    lines,
    itemCount: lines.reduce((count, line) => count + line.quantity, 0),
    subtotalCents: lines.reduce((total, line) => total + line.lineTotalCents, 0),
    currency: lines[0]?.currency ?? null,
    updatedAt: cart.updatedAt,
  };
}

/** Number of pairs in the cart, for the header. */
export async function getCartItemCount(cartId: string | null): Promise<number> {
  if (!cartId) return 0;
  // Raw SQL: the header asks on every page view of a shopper with a cart, and a model query
  // would compile a plan each time.
  const [row] = await getDb().$queryRawUnsafe<{ pairs: number }[]>(CART_PAIRS_SQL, cartId);
  return row?.pairs ?? 0;
}

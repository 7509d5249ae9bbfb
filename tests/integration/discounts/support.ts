// Helpers for the discount code tests: codes made straight in the database, carts with a code
// applied through the same function the cart page's form uses, and checkout through the real route
// from a chosen client address (the per-address limits of decision 0014 stay out of the way).
import { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { parseCartId } from "@/lib/cart/cart-id";
import { applyDiscountCode } from "@/lib/discounts/apply-discount-code";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ORIGIN } from "../stripe/harness";
import { cartWith, pickVariants } from "../stripe/shop";

let codes = 0;

export async function createCode(data: Partial<Prisma.DiscountCodeUncheckedCreateInput> = {}) {
  codes += 1;
  return getDb().discountCode.create({
    data: { code: `TEST${codes}${Date.now().toString(36).toUpperCase()}`, percentBps: 1000, ...data },
  });
}

export const cartIdOf = (cookie: string) => parseCartId(cookie) as string;

/** A cart of `quantity` pairs of one fresh variant priced at `priceCents`. */
export async function cartAt(priceCents: number, quantity = 1, minStock = quantity + 1) {
  const [variant] = await pickVariants(1, minStock);
  await getDb().variant.update({ where: { id: variant!.id }, data: { priceCentsOverride: priceCents } });
  return { cookie: await cartWith([{ sku: variant!.sku, quantity }]), variant: variant! };
}

export async function withCode(cookie: string, code: string) {
  return applyDiscountCode(cartIdOf(cookie), code);
}

let addresses = 0;

/** POST /api/checkout for this cart, from its own client address. */
export async function checkoutFrom(cookie: string, ip = `198.51.100.${(addresses++ % 250) + 1}`) {
  const { POST } = await import("@/app/api/checkout/route");
  const response = await POST(
    new NextRequest(`${ORIGIN}/api/checkout`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: `cart_id=${cookie}`, "x-forwarded-for": ip },
    }),
  );
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
}

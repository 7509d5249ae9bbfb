import "server-only";
import { cookies } from "next/headers";
import { CART_COOKIE, cartCookieOptions } from "@/lib/cart/cart-cookie";
import { createCartId, parseCartId } from "@/lib/cart/cart-id";

// Cart cookie access for Server Components and Server Actions (next/headers).

export async function readCartIdFromCookies(): Promise<string | null> {
  return parseCartId((await cookies()).get(CART_COOKIE)?.value);
}

/** Server Actions only: returns the cart id, issuing the cookie on first use. */
export async function ensureCartIdCookie(): Promise<string> {
  const store = await cookies();
  const existing = parseCartId(store.get(CART_COOKIE)?.value);
  if (existing) return existing;
  const cartId = createCartId();
  store.set(CART_COOKIE, cartId, cartCookieOptions());
  return cartId;
}

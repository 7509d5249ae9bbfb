import type { NextRequest, NextResponse } from "next/server";
import { CART_COOKIE, cartCookieOptions } from "@/lib/cart/cart-cookie";
import { createCartId, parseCartId } from "@/lib/cart/cart-id";

// Cart cookie access for route handlers (request/response objects; no request-scoped globals).

export function readCartId(request: NextRequest): string | null {
  return parseCartId(request.cookies.get(CART_COOKIE)?.value);
}

/** The request's cart id, or a new one; `isNew` says the response must set the cookie. */
export function readOrCreateCartId(request: NextRequest): { cartId: string; isNew: boolean } {
  const existing = readCartId(request);
  return existing ? { cartId: existing, isNew: false } : { cartId: createCartId(), isNew: true };
}

export function setCartCookie(response: NextResponse, cartId: string): NextResponse {
  response.cookies.set(CART_COOKIE, cartId, cartCookieOptions());
  return response;
}

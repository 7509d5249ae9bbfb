import { NextResponse, type NextRequest } from "next/server";
import { cartToJson } from "@/lib/cart/cart-json";
import { getCart } from "@/lib/cart/get-cart";
import { readCartId } from "@/lib/cart/request-cart";
import { handleApiError } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

/** GET /api/cart: the guest cart from the cookie, priced from the database. */
export async function GET(request: NextRequest) {
  try {
    const cart = await getCart(readCartId(request));
    return NextResponse.json(cartToJson(cart), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return handleApiError(error);
  }
}

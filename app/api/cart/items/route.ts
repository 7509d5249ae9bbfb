import { NextResponse, type NextRequest } from "next/server";
import { addCartItem } from "@/lib/cart/add-cart-item";
import { cartToJson } from "@/lib/cart/cart-json";
import { getCart } from "@/lib/cart/get-cart";
import { rejectCrossSite } from "@/lib/cart/reject-cross-site";
import { readOrCreateCartId, setCartCookie } from "@/lib/cart/request-cart";
import { addCartItemSchema, CART_BODY_LIMIT_BYTES } from "@/lib/cart/schema";
import { handleApiError, jsonError } from "@/lib/http/api-error";
import { fieldErrors } from "@/lib/errors/field-errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { limitRoute } from "@/lib/rate-limit/limit-route";

/** POST /api/cart/items {sku, quantity}: adds pairs to the cart (any price sent along is ignored). */
export async function POST(request: NextRequest) {
  try {
    rejectCrossSite(request);
    const parsed = addCartItemSchema.safeParse(await readJsonBody(request, CART_BODY_LIMIT_BYTES));
    if (!parsed.success) return jsonError(400, "invalid_input", fieldErrors(parsed.error));
    const limited = await limitRoute("cart", request);
    if (limited) return limited;
    const { cartId, isNew } = readOrCreateCartId(request);
    await addCartItem(cartId, parsed.data);
    const response = NextResponse.json(cartToJson(await getCart(cartId)), { status: 201 });
    return isNew ? setCartCookie(response, cartId) : response;
  } catch (error) {
    return handleApiError(error);
  }
}

import { NextResponse, type NextRequest } from "next/server";
import { cartToJson } from "@/lib/cart/cart-json";
import { getCart } from "@/lib/cart/get-cart";
import { rejectCrossSite } from "@/lib/cart/reject-cross-site";
import { removeCartItem } from "@/lib/cart/remove-cart-item";
import { readCartId } from "@/lib/cart/request-cart";
import { CART_BODY_LIMIT_BYTES, setQuantitySchema, skuSchema } from "@/lib/cart/schema";
import { setCartItemQuantity } from "@/lib/cart/set-cart-item-quantity";
import { handleApiError, jsonError } from "@/lib/http/api-error";
import { fieldErrors } from "@/lib/errors/field-errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { limitRoute } from "@/lib/rate-limit/limit-route";

type Context = { params: Promise<{ sku: string }> };

async function parseSku(context: Context) {
  return skuSchema.safeParse((await context.params).sku);
}

/** PATCH /api/cart/items/[sku] {quantity}: sets the line's quantity (1 to 10). */
export async function PATCH(request: NextRequest, context: Context) {
  try {
    rejectCrossSite(request);
    const sku = await parseSku(context);
    if (!sku.success) return jsonError(400, "invalid_input", { sku: sku.error.issues[0]?.message ?? "Not a SKU" });
    const body = setQuantitySchema.safeParse(await readJsonBody(request, CART_BODY_LIMIT_BYTES));
    if (!body.success) return jsonError(400, "invalid_input", fieldErrors(body.error));
    const limited = await limitRoute("cart", request);
    if (limited) return limited;
    const cartId = readCartId(request);
    await setCartItemQuantity(cartId, sku.data, body.data.quantity);
    return NextResponse.json(cartToJson(await getCart(cartId)));
  } catch (error) {
    return handleApiError(error);
  }
}

/** DELETE /api/cart/items/[sku]: removes the line. */
export async function DELETE(request: NextRequest, context: Context) {
  try {
    rejectCrossSite(request);
    const sku = await parseSku(context);
    if (!sku.success) return jsonError(400, "invalid_input", { sku: sku.error.issues[0]?.message ?? "Not a SKU" });
    const limited = await limitRoute("cart", request);
    if (limited) return limited;
    const cartId = readCartId(request);
    await removeCartItem(cartId, sku.data);
    return NextResponse.json(cartToJson(await getCart(cartId)));
  } catch (error) {
    return handleApiError(error);
  }
}

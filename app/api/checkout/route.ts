import { NextResponse, type NextRequest } from "next/server";
import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { SoldOutError } from "@/lib/checkout/checkout-error";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { rejectCrossSite } from "@/lib/cart/reject-cross-site";
import { readCartId } from "@/lib/cart/request-cart";
import { handleApiError, jsonError } from "@/lib/http/api-error";
import { fieldErrors } from "@/lib/errors/field-errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { returnOriginFor } from "@/lib/checkout/return-origin";
import { clientIp } from "@/lib/staff/client-ip";
import { CART_BODY_LIMIT_BYTES } from "@/lib/cart/schema";
import { limitRoute } from "@/lib/rate-limit/limit-route";

export const dynamic = "force-dynamic";

/**
 * The cart (from the cookie) is checkout's only input. A body may be sent but must be a JSON
 * object, and every field in it is dropped: prices, amounts and currencies come from the database.
 */
const checkoutBodySchema = z.object({});

/** POST /api/checkout: holds the stock and opens a Stripe Checkout Session; 201 {orderId, sessionId, url}. */
export async function POST(request: NextRequest) {
  try {
    rejectCrossSite(request);
    const limited = await limitRoute("checkout", request);
    if (limited) return limited;
    // HTTP/1.1: no Content-Length and no Transfer-Encoding means no body (curl -X POST, fetch without body).
    const length = request.headers.get("content-length");
    const empty = !request.body || length === "0" || (length === null && !request.headers.get("transfer-encoding"));
    const body = checkoutBodySchema.safeParse(empty ? {} : await readJsonBody(request, CART_BODY_LIMIT_BYTES));
    if (!body.success) return jsonError(400, "invalid_input", fieldErrors(body.error));
    const started = await startCheckout(readCartId(request), clientIp(request.headers), {
      returnOrigin: returnOriginFor(request.headers),
    });
    return NextResponse.json(started, { status: 201 });
  } catch (error) {
    if (error instanceof SoldOutError) {
      return NextResponse.json({ error: error.code, fields: error.fields, lines: error.lines }, { status: 409 });
    }
    const response = handleApiError(error);
    if (response.status === 503) response.headers.set("Retry-After", "30");
    return response;
  }
}

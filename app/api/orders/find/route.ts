import { NextResponse, type NextRequest } from "next/server";
import { fieldErrors } from "@/lib/errors/field-errors";
import { handleApiError } from "@/lib/http/api-error";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { seeOther } from "@/lib/http/see-other";
import { parseOrderNumber } from "@/lib/orders/order-number";
import { FIND_ORDER_ANSWER, findOrderSchema } from "@/lib/order-lookup/find-order-schema";
import { readFindOrderBody } from "@/lib/order-lookup/read-find-order-body";
import { requestOrderLink } from "@/lib/order-lookup/request-order-link";
import { limitRoute } from "@/lib/rate-limit/limit-route";
import { STOREFRONT } from "@/lib/routes/storefront";
import { withQuery } from "@/lib/routes/with-query";

/**
 * POST /api/orders/find {email, orderNumber}: emails the order's link to the order's address
 * when both match. JSON from the form's script, or a plain form post without JavaScript
 * (answered with redirects back to /orders/find). The answer never says whether the order exists.
 */
export async function POST(request: NextRequest) {
  let isForm = (request.headers.get("content-type") ?? "")
    .toLowerCase()
    .startsWith("application/x-www-form-urlencoded");
  try {
    assertSameOrigin(request);
    // Before anything is read: every try counts, since this form is a guessing target.
    const limited = await limitRoute("order-lookup", request);
    if (limited) return isForm ? redirectBack({ error: "limited" }) : limited;
    const read = await readFindOrderBody(request);
    isForm = read.isForm;
    const parsed = findOrderSchema.safeParse({ email: read.body.email, orderNumber: read.body.orderNumber });
    if (!parsed.success) {
      if (isForm) return redirectBack({ error: "invalid" });
      return NextResponse.json({ error: "invalid_input", fields: fieldErrors(parsed.error) }, { status: 400 });
    }
    const orderNumber = parseOrderNumber(parsed.data.orderNumber);
    if (orderNumber !== null) await requestOrderLink({ email: parsed.data.email, orderNumber });
    if (isForm) return redirectBack({ sent: "1" });
    return NextResponse.json({ ok: true, message: FIND_ORDER_ANSWER }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return handleApiError(error);
  }
}

function redirectBack(query: Record<string, string>) {
  // Relative, so the shopper stays on the host name they came in on.
  return seeOther(withQuery(STOREFRONT.findOrder, query));
}

"use server";

import { headers } from "next/headers";
import { actionError, CROSS_SITE_RESULT, type ActionResult } from "@/lib/cart/action-result";
import { readCartIdFromCookies } from "@/lib/cart/cookie-cart";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { checkActionOrigin } from "@/lib/http/check-action-origin";
import { returnOriginFor } from "@/lib/checkout/return-origin";
import { clientIp } from "@/lib/staff/client-ip";

/**
 * The cart page's checkout button. Returns the Checkout Session's URL for the browser to open
 * (a plain navigation: Next's redirect() would first try to fetch the external page as an RSC
 * payload, which the CSP rightly blocks), or the message to show (sold out, payment service down...).
 * The cart (from the cookie) is its input, and optionally the form's `shipTo` country (two
 * letters), which narrows the shipping rates offered; every other argument is ignored, as the
 * JSON route ignores its body's fields. A cross-site call is refused before anything is held.
 */
export async function checkoutAction(_previous: ActionResult | null, form: unknown): Promise<ActionResult> {
  if (!(await checkActionOrigin()).ok) return CROSS_SITE_RESULT;
  try {
    const requestHeaders = await headers();
    const { url } = await startCheckout(await readCartIdFromCookies(), clientIp(requestHeaders), {
      shipTo: readShipTo(form),
      returnOrigin: returnOriginFor(requestHeaders),
    });
    return { ok: true, url, message: "Taking you to the secure payment page…" };
  } catch (error) {
    return actionError(error, "Starting checkout failed");
  }
}

/** The form's shipTo field when it is a short string; anything else counts as not chosen. */
function readShipTo(form: unknown): string | null {
  if (!(form instanceof FormData)) return null;
  const value = form.get("shipTo");
  if (typeof value !== "string" || value.trim() === "" || value.length > 10) return null;
  return value.trim().toUpperCase();
}

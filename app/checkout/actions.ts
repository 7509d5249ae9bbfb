"use server";

import { headers } from "next/headers";
import { actionError, type ActionResult } from "@/lib/cart/action-result";
import { readCartIdFromCookies } from "@/lib/cart/cookie-cart";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { clientIp } from "@/lib/staff/client-ip";

/**
 * The cart page's checkout button. Returns the Checkout Session's URL for the browser to open
 * (a plain navigation: Next's redirect() would first try to fetch the external page as an RSC
 * payload, which the CSP rightly blocks), or the message to show (sold out, payment service down...).
 */
export async function checkoutAction(_previous: ActionResult | null, _form: FormData): Promise<ActionResult> {
  try {
    const { url } = await startCheckout(await readCartIdFromCookies(), clientIp(await headers()));
    return { ok: true, url, message: "Taking you to the secure payment page…" };
  } catch (error) {
    return actionError(error, "Starting checkout failed");
  }
}

import type { StandInContext } from "../context";
import { renderNotFoundPage, renderPayPage } from "../hosted-page";
import { redirect, sendHtml, sendText } from "../http-io";
import type { Route } from "../router";
import { completeSession, settleAsyncPayment } from "../session-lifecycle";
import { checkShopperDetails } from "../shopper-details";

// The hosted payment page at a session's url: GET shows it; POST is its Pay, Pay later and Cancel
// buttons, which send the shopper back to the store's success or cancel URL as Stripe does.

export function payPageRoutes(ctx: StandInContext): Route[] {
  return [
    {
      path: /^\/pay\/([A-Za-z0-9_]+)$/,
      handle: ({ method, params, body }, response) => {
        const id = params[0] as string;
        const stored = ctx.store.sessions.get(id);
        if (!stored) return sendHtml(response, 404, renderNotFoundPage());
        if (method === "GET") return sendHtml(response, 200, renderPayPage(stored));
        if (method !== "POST") return sendText(response, 405, "Method not allowed");
        const form = new URLSearchParams(body);
        const action = form.get("action");
        if (action === "cancel" || stored.session.status !== "open") {
          return redirect(
            response,
            action === "cancel" && stored.session.cancel_url ? stored.session.cancel_url : `/pay/${id}`,
          );
        }
        const email = (form.get("email") ?? "").trim();
        const values = {
          email,
          name: form.get("name"),
          line1: form.get("line1"),
          line2: form.get("line2"),
          city: form.get("city"),
          state: form.get("state"),
          postalCode: form.get("postalCode"),
          country: form.get("country"),
          phone: form.get("phone"),
          shippingRate: form.get("shippingRate") ?? undefined,
        };
        const errors: Record<string, string> = {};
        if (!/^[^\s@]+@[^\s@]+$/.test(email)) errors.email = "Your email address is invalid.";
        const allowed = stored.session.shipping_address_collection?.allowed_countries ?? null;
        if (allowed || stored.session.phone_number_collection.enabled) {
          const checked = checkShopperDetails(values, {
            allowedCountries: allowed ?? [values.country?.trim().toUpperCase() || "US"],
            phoneRequired: false,
          });
          if (!checked.ok) Object.assign(errors, allowed ? checked.errors : { phone: checked.errors.phone });
        }
        const rates = stored.shippingRates ?? [];
        if (rates.length > 0 && !rates.some((rate) => rate.id === values.shippingRate))
          errors.shippingRate = "Choose a shipping method.";
        if (Object.keys(errors).length > 0 || (action !== "pay" && action !== "pay_later"))
          return sendHtml(
            response,
            400,
            renderPayPage(stored, { values: { ...values, shippingRate: values.shippingRate ?? undefined }, errors }),
          );
        completeSession(ctx, id, {
          email,
          paymentStatus: action === "pay" ? "paid" : "unpaid",
          shopper: allowed ? values : { phone: values.phone, country: values.country },
          shippingRate: values.shippingRate ?? null,
        });
        if (action === "pay_later") scheduleSettlement(ctx, id);
        return redirect(response, stored.session.success_url.replace("{CHECKOUT_SESSION_ID}", id));
      },
    },
  ];
}

/** "Pay later" is a bank transfer: it succeeds a little after the shopper is back in the store. */
function scheduleSettlement(ctx: StandInContext, id: string): void {
  const timer = setTimeout(() => {
    ctx.settleTimers.delete(timer);
    settleAsyncPayment(ctx, id, true);
  }, ctx.asyncSettleMs);
  timer.unref();
  ctx.settleTimers.add(timer);
}

import type { StoredSession } from "./session";
import { countryName } from "../../lib/orders/shipping-countries";
import { sampleShopper, type ShopperInput } from "./shopper-details";

// The stand-in's version of Stripe's hosted Checkout page: plain HTML, keyboard-friendly native
// controls, and a label nobody can miss saying no real payment happens here.

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] as string,
  );
}

function money(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);
}

const STYLE = `
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem; color: #111; line-height: 1.5; }
  .banner { background: #fff3bf; border: 2px solid #8a6d00; padding: .75rem 1rem; font-weight: 700; border-radius: .5rem; }
  table { width: 100%; border-collapse: collapse; margin: 1rem 0; }
  th, td { text-align: left; padding: .4rem 0; border-bottom: 1px solid #ddd; }
  td.num, th.num { text-align: right; }
  label { display: block; font-weight: 600; margin-top: 1rem; }
  .error { color: #a00; font-weight: 600; margin: .25rem 0 0; }
  fieldset { border: 1px solid #bbb; border-radius: .4rem; margin-top: 1rem; padding: .5rem 1rem 1rem; }
  legend { font-weight: 700; }
  .choice { display: flex; gap: .5rem; align-items: baseline; font-weight: 400; margin-top: .5rem; }
  .choice input { width: auto; }
  select { font: inherit; padding: .5rem; width: 100%; box-sizing: border-box; border: 1px solid #555; border-radius: .25rem; }
  input { font: inherit; padding: .5rem; width: 100%; box-sizing: border-box; border: 1px solid #555; border-radius: .25rem; }
  .actions { display: flex; flex-wrap: wrap; gap: .75rem; margin-top: 1.25rem; }
  button { font: inherit; padding: .6rem 1.1rem; border-radius: .4rem; border: 2px solid #1d3b8a; cursor: pointer; }
  button.primary { background: #1d3b8a; color: #fff; }
  button.secondary { background: #fff; color: #1d3b8a; }
  button:focus-visible, input:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
`;

// The empty icon keeps browsers from asking the stand-in for a /favicon.ico it doesn't serve.
function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><link rel="icon" href="data:,"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

/** What the shopper typed (kept after a refused submit) and why it was refused, by field. */
export type PayPageState = {
  values?: ShopperInput & { email?: string; shippingRate?: string };
  errors?: Record<string, string>;
};

function estimateText(rate: NonNullable<StoredSession["shippingRates"]>[number]): string {
  const min = rate.deliveryEstimate?.minimum;
  const max = rate.deliveryEstimate?.maximum;
  const unit = (value: number, name: string) => `${value} ${name.replace("_", " ")}${value === 1 ? "" : "s"}`;
  if (min && max)
    return min.value === max.value ? unit(min.value, min.unit) : `${min.value}–${unit(max.value, max.unit)}`;
  if (min || max) return unit((min ?? max)!.value, (min ?? max)!.unit);
  return "";
}

function field(
  id: string,
  label: string,
  value: string,
  errors: Record<string, string>,
  { type = "text", autocomplete, required = true }: { type?: string; autocomplete: string; required?: boolean },
): string {
  const error = errors[id];
  return `<label for="${id}">${escapeHtml(label)}${required ? "" : " (optional)"}</label>
      <input id="${id}" name="${id}" type="${type}" autocomplete="${autocomplete}" ${required ? "required" : ""} value="${escapeHtml(value)}"${error ? ` aria-invalid="true" aria-describedby="${id}-error"` : ""}>
      ${error ? `<p class="error" id="${id}-error">${escapeHtml(error)}</p>` : ""}`;
}

export function renderPayPage(stored: StoredSession, state: PayPageState = {}): string {
  const { session, lineItems } = stored;
  const rates = stored.shippingRates ?? [];
  const banner = `<p class="banner" role="note">Test mode: no real payment. This page stands in for Stripe Checkout; no card is asked for and nothing is charged.</p>`;
  if (session.status !== "open") {
    const reason = session.status === "complete" ? "This checkout is already complete." : "This checkout has expired.";
    return page("Checkout closed (test mode)", `${banner}<h1>Checkout closed</h1><p>${reason}</p>`);
  }
  const errors = state.errors ?? {};
  const rows = lineItems
    .map(
      (line) =>
        `<tr><td>${escapeHtml(line.name)}</td><td class="num">${line.quantity}</td><td class="num">${money(line.amountTotal, line.currency)}</td></tr>`,
    )
    .join("");
  const email = state.values?.email ?? session.customer_email ?? "";
  const total = money(session.amount_total, session.currency);
  const allowed = session.shipping_address_collection?.allowed_countries ?? null;
  const collectsDetails = allowed !== null || session.phone_number_collection.enabled;
  // Test mode fills in a sample address the store ships to; change it to try others.
  const values = { ...sampleShopper(allowed?.[0] ?? "US"), ...state.values };
  const chosenRate = state.values?.shippingRate ?? rates[0]?.id;
  const shippingRows = rates.length
    ? `<tr><th scope="row" colspan="2">Shipping (${escapeHtml(rates[0]!.displayName)}, first option)</th><td class="num">${money(rates[0]!.amount, session.currency)}</td></tr>`
    : "";
  const discountRow = session.total_details.amount_discount
    ? `<tr><th scope="row" colspan="2">Discount</th><td class="num">−${money(session.total_details.amount_discount, session.currency)}</td></tr>`
    : "";
  const taxRow = session.automatic_tax.enabled
    ? `<tr><th scope="row" colspan="2">Tax</th><td class="num">Calculated from the address</td></tr>`
    : "";
  const shippingChoice = rates.length
    ? `<fieldset><legend>Shipping method</legend>${rates
        .map(
          (rate) =>
            `<label class="choice"><input type="radio" name="shippingRate" value="${escapeHtml(rate.id)}" ${rate.id === chosenRate ? "checked" : ""} required> ${escapeHtml(rate.displayName)}: ${money(rate.amount, session.currency)}${estimateText(rate) ? ` (${escapeHtml(estimateText(rate))})` : ""}</label>`,
        )
        .join("")}${errors.shippingRate ? `<p class="error">${escapeHtml(errors.shippingRate)}</p>` : ""}</fieldset>`
    : "";
  const address = allowed
    ? `<fieldset><legend>Shipping address</legend>
      ${field("name", "Full name", values.name ?? "", errors, { autocomplete: "shipping name" })}
      <label for="country">Country</label>
      <select id="country" name="country" autocomplete="shipping country"${errors.country ? ` aria-invalid="true" aria-describedby="country-error"` : ""}>${allowed
        .map(
          (code) =>
            `<option value="${code}" ${code === values.country ? "selected" : ""}>${escapeHtml(countryName(code))}</option>`,
        )
        .join("")}</select>
      ${errors.country ? `<p class="error" id="country-error">${escapeHtml(errors.country)}</p>` : ""}
      ${field("line1", "Address line 1", values.line1 ?? "", errors, { autocomplete: "shipping address-line1" })}
      ${field("line2", "Address line 2", values.line2 ?? "", errors, { autocomplete: "shipping address-line2", required: false })}
      ${field("city", "Town or city", values.city ?? "", errors, { autocomplete: "shipping address-level2" })}
      ${field("state", "State, province or county", values.state ?? "", errors, { autocomplete: "shipping address-level1", required: false })}
      ${field("postalCode", "Postal code", values.postalCode ?? "", errors, { autocomplete: "shipping postal-code", required: false })}
    </fieldset>`
    : "";
  const phone = session.phone_number_collection.enabled
    ? field("phone", "Phone number", values.phone ?? "", errors, { type: "tel", autocomplete: "tel", required: false })
    : "";
  return page(
    `Pay ${total} (test mode)`,
    `${banner}
    <h1>Pay ${total}</h1>
    <table><caption class="sr-only">Items</caption><thead><tr><th scope="col">Item</th><th scope="col" class="num">Qty</th><th scope="col" class="num">Amount</th></tr></thead>
    <tbody>${rows}</tbody><tfoot>${discountRow}${shippingRows}${taxRow}<tr><th scope="row" colspan="2">Total</th><td class="num"><strong>${total}</strong></td></tr></tfoot></table>
    ${Object.keys(errors).length ? `<p class="error" role="alert">Check the highlighted details.</p>` : ""}
    <form method="post" action="/pay/${encodeURIComponent(session.id)}">
      <label for="email">Email for the order confirmation</label>
      <input id="email" name="email" type="email" autocomplete="email" required value="${escapeHtml(email)}"${errors.email ? ` aria-invalid="true" aria-describedby="email-error"` : ""}>
      ${errors.email ? `<p class="error" id="email-error">${escapeHtml(errors.email)}</p>` : ""}
      ${collectsDetails && allowed ? `<p>Test mode fills in a sample address; change it to try another.</p>` : ""}
      ${shippingChoice}${address}${phone}
      <div class="actions">
        <button class="primary" type="submit" name="action" value="pay">Pay ${total} (test)</button>
        <button class="secondary" type="submit" name="action" value="pay_later">Pay later (test: bank transfer that settles shortly)</button>
        <button class="secondary" type="submit" name="action" value="cancel" formnovalidate>Cancel and return to the store</button>
      </div>
    </form>`,
  );
}

export function renderNotFoundPage(): string {
  return page(
    "Checkout not found (test mode)",
    `<p class="banner" role="note">Test mode: no real payment.</p><h1>Checkout not found</h1>`,
  );
}

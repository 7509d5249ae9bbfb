import type { StoredSession } from "./session";

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
  input { font: inherit; padding: .5rem; width: 100%; box-sizing: border-box; border: 1px solid #555; border-radius: .25rem; }
  .actions { display: flex; flex-wrap: wrap; gap: .75rem; margin-top: 1.25rem; }
  button { font: inherit; padding: .6rem 1.1rem; border-radius: .4rem; border: 2px solid #1d3b8a; cursor: pointer; }
  button.primary { background: #1d3b8a; color: #fff; }
  button.secondary { background: #fff; color: #1d3b8a; }
  button:focus-visible, input:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

export function renderPayPage(stored: StoredSession): string {
  const { session, lineItems } = stored;
  const banner = `<p class="banner" role="note">Test mode: no real payment. This page stands in for Stripe Checkout; no card is asked for and nothing is charged.</p>`;
  if (session.status !== "open") {
    const reason = session.status === "complete" ? "This checkout is already complete." : "This checkout has expired.";
    return page("Checkout closed (test mode)", `${banner}<h1>Checkout closed</h1><p>${reason}</p>`);
  }
  const rows = lineItems
    .map(
      (line) =>
        `<tr><td>${escapeHtml(line.name)}</td><td class="num">${line.quantity}</td><td class="num">${money(line.amountTotal, line.currency)}</td></tr>`,
    )
    .join("");
  const email = session.customer_email ?? "";
  const total = money(session.amount_total, session.currency);
  return page(
    `Pay ${total} (test mode)`,
    `${banner}
    <h1>Pay ${total}</h1>
    <table><caption class="sr-only">Items</caption><thead><tr><th scope="col">Item</th><th scope="col" class="num">Qty</th><th scope="col" class="num">Amount</th></tr></thead>
    <tbody>${rows}</tbody><tfoot><tr><th scope="row" colspan="2">Total</th><td class="num"><strong>${total}</strong></td></tr></tfoot></table>
    <form method="post" action="/pay/${encodeURIComponent(session.id)}">
      <label for="email">Email for the order confirmation</label>
      <input id="email" name="email" type="email" autocomplete="email" required value="${escapeHtml(email)}">
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

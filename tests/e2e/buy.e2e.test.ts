/** @jest-environment-options {"template":"seeded"} */
import type { Locator, Page } from "playwright-core";
import { getDb } from "@/lib/db";
import { formatMoney } from "@/lib/money";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { waitFor } from "../support/wait-for";
import { saveScreenshot } from "./support/browser";
import { useJourney } from "./support/journey";
import { startStoreWithPayments } from "./support/store-with-payments";
import { readResultSection, takeFitQuiz } from "./support/take-fit-quiz";

// Buying, end to end in Chromium: the store runs with the local Stripe stand-in as `npm start`
// runs it (hosted test-mode payment page, signed webhooks back to the app, emails as .eml files).
// Paid: fit quiz → a pick → cart → Check out → pay → confirmed order, stock taken, email sent.
// Cancelled: Check out → Cancel on the payment page → back at the store, cart intact, nothing paid.

const journey = useJourney({ startStore: () => startStoreWithPayments() });

const SHOPPER_EMAIL = "walker@example.com";

it("takes the fit quiz, buys a pick on the test-mode payment page, and gets a paid order, one pair less in stock and a confirmation email", async () => {
  const db = getDb();
  const store = journey.store();
  const { page } = await journey.open();

  await takeFitQuiz(page, journey.url("/fit"));
  const [pick] = await readResultSection(page);
  if (!pick) throw new Error("The quiz showed no top pick to buy.");
  const variant = await db.variant.findUniqueOrThrow({ where: { sku: pick.sku }, include: { product: true } });
  const price = variant.product.priceCents;
  const total = formatMoney(price, variant.product.currency);
  const stockBefore = variant.stock;
  expect(stockBefore).toBeGreaterThan(0);
  expect(pick.priceText).toBe(total);
  await saveScreenshot(page, "buy-1-results");

  // The result card adds exactly the size and width the quiz worked out.
  await pick.card.getByRole("button", { name: `Add size ${pick.size} ${pick.width} to cart`, exact: true }).click();
  const added = pick.card.getByRole("status");
  await added.getByText("Added to your cart (1 pair of this size). Your cart has 1 pair.").waitFor();
  await page
    .getByRole("banner")
    .getByRole("link", { name: /^Cart\s*, 1 pair$/ })
    .waitFor();
  await added.getByRole("link", { name: "View cart", exact: true }).click();
  await page.waitForURL(journey.url("/cart"));

  await page.getByRole("heading", { level: 1, name: "Your cart" }).waitFor();
  const line = cartLine(page, pick.name);
  expect(await line.count()).toBe(1);
  expect(await line.innerText()).toContain(`Men's size ${pick.size} · width ${pick.width}`);
  expect(
    await line
      .getByRole("combobox", { name: `Quantity of ${pick.name}, size ${pick.size} ${pick.width}` })
      .inputValue(),
  ).toBe("1");
  expect(await page.getByText("Subtotal (1 pair)").locator("..").innerText()).toContain(total);
  expect(await page.getByText("Test mode: no real payment is taken.", { exact: false }).count()).toBeGreaterThan(0);
  await journey.expectAccessible(page, "buy-2-cart");

  const shippingCents = await preselectedShippingCents(price);
  const paid = formatMoney(price + shippingCents, variant.product.currency);

  const sessionId = await checkOut(page, store.standIn.url);
  await page.getByRole("heading", { level: 1, name: `Pay ${paid}` }).waitFor();
  expect(await page.getByRole("note").innerText()).toContain("Test mode: no real payment.");
  const itemRow = page.getByRole("row").filter({ hasText: pick.name });
  expect(await itemRow.innerText()).toContain(`size ${pick.size}, width ${pick.width}`);
  expect(await page.getByRole("row", { name: /^Total/ }).innerText()).toContain(paid);
  await journey.expectAccessible(page, "buy-3-test-mode-payment-page");

  await page.getByLabel("Email for the order confirmation").fill(SHOPPER_EMAIL);
  await page.getByRole("button", { name: `Pay ${paid} (test)`, exact: true }).click();
  await page.waitForURL(
    (url) => url.pathname === "/checkout/success" && url.searchParams.get("session_id") === sessionId,
  );
  await page.getByRole("heading", { level: 1, name: "Thank you: your order is confirmed" }).waitFor();
  // The header's count is rendered beside the page and may have been read just before the
  // payment emptied the cart; the page refreshes once, so it settles on the empty cart.
  await page
    .getByRole("banner")
    .getByRole("link", { name: /^Cart\s*, 0 pairs$/ })
    .waitFor();

  const order = await db.order.findUniqueOrThrow({ where: { stripeSessionId: sessionId }, include: { lines: true } });
  expect(await page.getByText(`A confirmation is on its way to ${SHOPPER_EMAIL}.`).innerText()).toContain(
    `Order ${formatOrderNumber(order.orderNumber)}.`,
  );
  const confirmed = page.getByRole("table", { name: "Items in this order" });
  expect(await confirmed.getByRole("row").filter({ hasText: pick.name }).innerText()).toContain(
    `Size ${pick.size}, width ${pick.width}`,
  );
  expect(await confirmed.getByRole("row", { name: /^Total/ }).innerText()).toContain(paid);
  await journey.expectAccessible(page, "buy-4-order-confirmed");

  // The database: paid once, at the database's price, and the held pair stays sold.
  expect(order).toMatchObject({
    status: "PAID",
    email: SHOPPER_EMAIL,
    totalCents: price + shippingCents,
    shippingCents,
    currency: "usd",
    stockReleasedAt: null,
  });
  expect(order.paidAt).toBeInstanceOf(Date);
  expect(order.lines.map(({ sku, quantity, unitPriceCents }) => ({ sku, quantity, unitPriceCents }))).toEqual([
    { sku: pick.sku, quantity: 1, unitPriceCents: price },
  ]);
  expect((await db.variant.findUniqueOrThrow({ where: { sku: pick.sku } })).stock).toBe(stockBefore - 1);
  expect(await db.order.count()).toBe(1);
  expect(await db.cartLine.count({ where: { cartId: order.cartId ?? "none" } })).toBe(0);

  // The stand-in's signed checkout.session.completed webhook reached the app and was recorded
  // (whether it or the success page got there first, the order was fulfilled once).
  const completed = store.standIn.events.find(
    (stored) => stored.event.type === "checkout.session.completed" && sessionOf(stored.event) === sessionId,
  );
  if (!completed) throw new Error(`The stand-in sent no checkout.session.completed for ${sessionId}.`);
  await waitFor(
    "the webhook's event recorded for the order",
    async () => (await db.stripeEvent.findUnique({ where: { id: completed.event.id } }))?.orderId === order.id,
    { timeoutMs: 20_000 },
  );
  expect(
    store.standIn.deliveries
      .filter((delivery) => delivery.eventId === completed.event.id)
      .map((delivery) => delivery.status),
  ).toEqual([200]);

  // One confirmation email, sent, and on disk as an .eml that names the order.
  const emails = await waitFor(
    "one confirmation email sent and written to the outbox",
    async () => {
      const rows = await db.outboxEmail.findMany({ where: { orderId: order.id } });
      return rows.length === 1 && rows[0]?.status === "SENT" && store.emlFiles().includes(`${rows[0].id}.eml`)
        ? rows
        : null;
    },
    { timeoutMs: 20_000 },
  );
  const eml = store.readEmails().find((email) => email.file === `${emails[0]?.id}.eml`);
  expect(eml?.text).toContain(`To: ${SHOPPER_EMAIL}`);
  expect(eml?.text).toContain(`order ${formatOrderNumber(order.orderNumber)} is confirmed`);
  expect(eml?.text).toContain(`- ${pick.name}, size ${pick.size} ${pick.width} × 1: ${total}`);
  expect(eml?.text).toContain(`Total paid: ${paid}`);
  expect(store.emlFiles()).toEqual([`${emails[0]?.id}.eml`]);

  // The order page behind the private link, and a cart emptied of what was paid for.
  await page.getByRole("link", { name: "See your order", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: `Order ${formatOrderNumber(order.orderNumber)}` }).waitFor();
  expect(await page.getByText("Paid: we're getting it ready", { exact: true }).count()).toBe(1);
  await page.goto(journey.url("/cart"));
  await page.getByText("Your cart is empty.", { exact: true }).waitFor();
}, 240_000);

it("cancels on the test-mode payment page: back at the store with the cart intact, nothing paid, the pair held until the session expires", async () => {
  const db = getDb();
  const store = journey.store();
  // A men's size 10 with a few pairs, in a product with only one size range (no "Sizing" choice).
  const variant = await db.variant.findFirstOrThrow({
    where: {
      fitRange: "men",
      sizeLabel: "10",
      stock: { gte: 4 },
      product: { published: true, archivedAt: null, range: "men" },
    },
    include: { product: true },
    orderBy: { sku: "asc" },
  });
  const { product } = variant;
  const ordersBefore = await db.order.count();
  const { page } = await journey.open();

  // The product page's pickers: a size, then a width in stock.
  await page.goto(journey.url(`/shoes/${product.slug}`));
  await page.getByRole("heading", { level: 1, name: product.name, exact: true }).waitFor();
  await page.waitForLoadState("networkidle");
  await pickRadio(
    page.getByRole("group", { name: "Size (US men's)", exact: true }),
    new RegExp(`^${variant.sizeLabel}$`),
  );
  await pickRadio(
    page.getByRole("group", { name: `Width in size ${variant.sizeLabel}`, exact: true }),
    new RegExp(`^${variant.widthCode} ·`),
  );
  await page
    .getByText(`Selected: size ${variant.sizeLabel}, width ${variant.widthCode} (SKU ${variant.sku}).`, { exact: true })
    .waitFor();
  await page.getByRole("button", { name: "Add to cart", exact: true }).click();
  await page.getByRole("status").getByText("Added to your cart (1 pair of this size). Your cart has 1 pair.").waitFor();
  await page
    .getByRole("banner")
    .getByRole("link", { name: /^Cart\s*, 1 pair$/ })
    .click();
  await page.waitForURL(journey.url("/cart"));
  expect(await cartLine(page, product.name).count()).toBe(1);

  const paid = formatMoney(product.priceCents + (await preselectedShippingCents(product.priceCents)), product.currency);
  const sessionId = await checkOut(page, store.standIn.url);
  await page.getByRole("heading", { level: 1, name: `Pay ${paid}` }).waitFor();
  await page.getByRole("button", { name: "Cancel and return to the store", exact: true }).click();
  await page.waitForURL(journey.url("/checkout/cancel"));
  await page.getByRole("heading", { level: 1, name: "Checkout cancelled" }).waitFor();
  expect(
    await page.getByText("Nothing was charged, and your cart is just as you left it.", { exact: true }).isVisible(),
  ).toBe(true);
  await journey.expectAccessible(page, "buy-cancel-1-cancelled");

  await page.getByRole("link", { name: "Back to your cart", exact: true }).click();
  await page.waitForURL(journey.url("/cart"));
  const line = cartLine(page, product.name);
  expect(await line.count()).toBe(1);
  expect(await line.innerText()).toContain(`size ${variant.sizeLabel} · width ${variant.widthCode}`);
  expect(await page.getByRole("button", { name: "Check out", exact: true }).isEnabled()).toBe(true);
  await saveScreenshot(page, "buy-cancel-2-cart-kept");

  // Not paid, no email, and the pair still held for this shopper (Stripe's session is still open).
  const order = await db.order.findUniqueOrThrow({ where: { stripeSessionId: sessionId }, include: { lines: true } });
  expect(order).toMatchObject({
    status: "PENDING",
    paidAt: null,
    email: null,
    stockReleasedAt: null,
    totalCents: product.priceCents,
  });
  expect(order.lines.map(({ sku, quantity }) => ({ sku, quantity }))).toEqual([{ sku: variant.sku, quantity: 1 }]);
  expect(await db.order.count()).toBe(ordersBefore + 1);
  expect(await db.outboxEmail.count({ where: { orderId: order.id } })).toBe(0);
  expect(await db.stripeEvent.count({ where: { orderId: order.id } })).toBe(0);
  expect((await db.variant.findUniqueOrThrow({ where: { sku: variant.sku } })).stock).toBe(variant.stock - 1);
  expect(store.standIn.getSession(sessionId)?.session.status).toBe("open");
  expect(store.readEmails().filter((email) => email.text.includes(order.id))).toEqual([]);

  // Checking out the unchanged cart again reopens the same payment page and the same order.
  expect(await checkOut(page, store.standIn.url)).toBe(sessionId);
  expect(await db.order.count()).toBe(ordersBefore + 1);
  await page.getByRole("button", { name: "Cancel and return to the store", exact: true }).click();
  await page.waitForURL(journey.url("/checkout/cancel"));

  // When the session expires (Stripe: after 30 minutes), its webhook puts the pair back on sale.
  store.standIn.expireSession(sessionId);
  await waitFor(
    "the expiry webhook to close the order",
    async () => (await db.order.findUniqueOrThrow({ where: { id: order.id } })).status === "EXPIRED",
    { timeoutMs: 20_000 },
  );
  expect((await db.variant.findUniqueOrThrow({ where: { sku: variant.sku } })).stock).toBe(variant.stock);
  expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).paidAt).toBeNull();
  await page.goto(journey.url("/cart"));
  expect(await cartLine(page, product.name).count()).toBe(1);
}, 240_000);

/** The cart's list item for a product (its name is the item's heading). */
function cartLine(page: Page, productName: string): Locator {
  return page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2, name: productName, exact: true }) });
}

/** Check out from the cart page; returns the Checkout Session id once the stand-in's payment page is open. */
async function checkOut(page: Page, standInUrl: string): Promise<string> {
  await page.getByRole("button", { name: "Check out", exact: true }).click();
  await page.waitForURL((url) => url.origin === standInUrl && url.pathname.startsWith("/pay/cs_test_"));
  return new URL(page.url()).pathname.replace("/pay/", "");
}

function sessionOf(event: { [key: string]: unknown }): string | undefined {
  const data = event.data as { object?: { id?: string } } | undefined;
  return data?.object?.id;
}

/** Clicks the option's label, as a mouse user does: the radio itself is visually hidden. */
async function pickRadio(group: Locator, name: RegExp): Promise<void> {
  const radio = group.getByRole("radio", { name });
  // `has` is matched inside each label, so it starts from the page, not from the group.
  await group
    .locator("label")
    .filter({ has: group.page().getByRole("radio", { name }) })
    .click();
  expect(await radio.isChecked()).toBe(true);
}

/**
 * The shipping on the payment page before the shopper changes anything: Stripe preselects the
 * first rate offered, which the store sends cheapest first (seeded: US Standard, free over $100).
 */
async function preselectedShippingCents(linesCents: number): Promise<number> {
  const cheapest = await getDb().shippingRate.findFirstOrThrow({
    where: { active: true, countries: { has: "US" } },
    orderBy: { priceCents: "asc" },
  });
  return cheapest.freeOverCents !== null && linesCents >= cheapest.freeOverCents ? 0 : cheapest.priceCents;
}

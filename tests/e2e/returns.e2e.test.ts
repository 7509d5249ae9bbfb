/** @jest-environment-options {"template":"seeded"} */
import type { Page } from "playwright-core";
import { getDb } from "@/lib/db";
import { formatMoney } from "@/lib/money";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { formatReturnNumber } from "@/lib/returns/return-status";
import { orderHref } from "@/lib/routes/storefront";
import { DEFAULT_STORE_SETTINGS } from "@/lib/settings/get-store-settings";
import { insertStaffUser } from "@/lib/staff/insert-staff-user";
import { waitFor } from "../support/wait-for";
import { chooseOption } from "./support/keyboard";
import { useJourney } from "./support/journey";
import { startStoreWithPayments } from "./support/store-with-payments";

// Returns in Chromium, both sides (issue #17, decision 0022): a shopper buys two pairs on the
// Stripe stand-in's page; staff ship them; the shopper asks for half a size up for one pair (the
// form shows sold-out sizes but can't choose them) and gets a return number and a printable slip;
// staff approve it, receive it (the pair goes back in stock) and ship the exchange's order from
// the order desk, and the shopper's return reads "Exchange shipped". Then the other pair comes
// back for a refund: received, refunded through the stand-in once, and the return reads
// "Refunded". axe checks the return form, the return page and both staff screens; the form is
// also tried at phone width and by keyboard.

const journey = useJourney({ startStore: () => startStoreWithPayments() });

const STAFF = { email: "returns-e2e@example.com", password: "a long returns desk passphrase", role: "staff" as const };
const SHOPPER = {
  email: "june.walker@example.com",
  name: "June Walker",
  line1: "4 Alder Lane",
  city: "Portland",
  state: "OR",
  postalCode: "97202",
};

beforeAll(async () => {
  await insertStaffUser(getDb(), STAFF, { via: "cli" });
});

type PickedVariant = { id: string; sku: string; sizeLabel: string; widthCode: string; productName: string };

/**
 * Two pairs of two different shoes. The first has the size half up (same width and range) in
 * stock, to exchange into, and another size of the same shoe that this test sells out, so the
 * form must show it disabled. Option texts are "size width", so they must be unique in the shoe.
 */
async function pickPairs() {
  const db = getDb();
  const products = await db.product.findMany({
    where: { published: true, archivedAt: null },
    orderBy: { slug: "asc" },
    select: {
      id: true,
      name: true,
      variants: {
        orderBy: { sku: "asc" },
        select: { id: true, sku: true, sizeLabel: true, widthCode: true, fitRange: true, stock: true },
      },
    },
  });
  const label = (variant: { sizeLabel: string; widthCode: string }) => `${variant.sizeLabel} ${variant.widthCode}`;
  for (const product of products) {
    const labels = product.variants.map(label);
    if (new Set(labels).size !== labels.length) continue;
    for (const bought of product.variants.filter((variant) => variant.stock >= 2)) {
      const halfUp = product.variants.find(
        (variant) =>
          variant.fitRange === bought.fitRange &&
          variant.widthCode === bought.widthCode &&
          Number(variant.sizeLabel) === Number(bought.sizeLabel) + 0.5 &&
          variant.stock >= 1,
      );
      const toSellOut = product.variants.find(
        (variant) => variant.id !== bought.id && variant.id !== halfUp?.id && variant.stock > 0,
      );
      const other = products
        .find((candidate) => candidate.id !== product.id && candidate.variants.some((variant) => variant.stock >= 2))
        ?.variants.find((variant) => variant.stock >= 2);
      const otherProduct = products.find((candidate) => candidate.variants.some((variant) => variant.id === other?.id));
      if (!halfUp || !toSellOut || !other || !otherProduct) continue;
      const named = (variant: typeof bought, productName: string): PickedVariant => ({ ...variant, productName });
      return {
        exchanged: named(bought, product.name),
        halfUp: named(halfUp, product.name),
        soldOut: named(toSellOut, product.name),
        refunded: named(other, otherProduct.name),
      };
    }
  }
  throw new Error("No seeded shoe has a pair with the size half up in stock.");
}

async function signInStaff(page: Page) {
  await page.goto(journey.url("/admin/login"));
  await page.getByLabel("Email", { exact: true }).fill(STAFF.email);
  await page.getByLabel("Password", { exact: true }).fill(STAFF.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(journey.url("/admin"));
}

/** Staff's order desk: carrier and tracking number, then "Mark as shipped". */
async function shipOnOrderDesk(page: Page, orderNumber: number) {
  await page.getByRole("heading", { level: 1, name: `Order ${formatOrderNumber(orderNumber)}` }).waitFor();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Carrier").selectOption("ups");
  await page.getByLabel("Tracking number (optional)").fill("1Z999AA10123456784");
  await page.getByRole("button", { name: "Mark as shipped", exact: true }).click();
  await page.getByRole("link", { name: /^1Z999AA10123456784/ }).waitFor();
}

const stockOf = async (id: string) =>
  (await getDb().variant.findUniqueOrThrow({ where: { id }, select: { stock: true } })).stock;

it("exchanges one pair for half a size up and refunds the other, from the shopper's form to the staff's desk", async () => {
  const db = getDb();
  const pairs = await pickPairs();
  await db.variant.update({ where: { id: pairs.soldOut.id }, data: { stock: 0 } });
  const halfUpStock = await stockOf(pairs.halfUp.id);
  const shopper = await journey.open();
  const { page } = shopper;

  // Two pairs in the cart, paid on the stand-in's test-mode page.
  await page.goto(journey.url("/cart"));
  for (const pair of [pairs.exchanged, pairs.refunded]) {
    const added = await page.request.post(journey.url("/api/cart/items"), {
      data: { sku: pair.sku, quantity: 1 },
      headers: { origin: new URL(journey.url("/")).origin },
    });
    expect(added.status()).toBe(201);
  }
  await page.reload();
  await page.getByRole("button", { name: "Check out", exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/pay/cs_test_"));
  const sessionId = new URL(page.url()).pathname.replace("/pay/", "");
  await page.getByLabel("Email for the order confirmation").fill(SHOPPER.email);
  await page.getByLabel("Full name").fill(SHOPPER.name);
  await page.getByLabel("Address line 1").fill(SHOPPER.line1);
  await page.getByLabel("Town or city").fill(SHOPPER.city);
  await page.getByLabel("State, province or county").fill(SHOPPER.state);
  await page.getByLabel("Postal code").fill(SHOPPER.postalCode);
  await page.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();
  await page.waitForURL((url) => url.pathname === "/checkout/success");
  const order = await waitFor(
    "the order paid",
    () => db.order.findUniqueOrThrow({ where: { stripeSessionId: sessionId }, include: { lines: true } }),
    (found) => found.status === "PAID" && found.stripePaymentIntentId !== null,
  );
  expect(order.lines).toHaveLength(2);
  const exchangedStock = await stockOf(pairs.exchanged.id);

  // Staff ship it from the order desk.
  const staff = await journey.open();
  const staffStatus = (status: string) =>
    staff.page.getByRole("definition").filter({ hasText: new RegExp(`^${status}$`) });
  await signInStaff(staff.page);
  await staff.page.goto(journey.url(`/admin/orders/${order.id}`));
  await shipOnOrderDesk(staff.page, order.orderNumber);

  // The shopper's order page now offers a return.
  const orderUrl = journey.url(orderHref(order));
  await page.goto(orderUrl);
  await page.getByRole("heading", { level: 1, name: `Order ${formatOrderNumber(order.orderNumber)}` }).waitFor();
  await page.getByRole("link", { name: "Return or exchange pairs", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Return or exchange" }).waitFor();
  await page.waitForLoadState("networkidle");
  const formUrl = page.url();

  // At phone width the form fits the screen: no sideways scrolling.
  const phone = await journey.open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.page.goto(formUrl);
  await phone.page.getByRole("heading", { level: 1, name: "Return or exchange" }).waitFor();
  await phone.page.getByRole("radio", { name: /Another size or width/ }).check();
  await phone.page.getByLabel("Size and width instead").first().waitFor();
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await journey.expectAccessible(phone.page, "returns-1-form-phone");

  // An exchange for half a size up: the reason chosen by keyboard, the sold-out size disabled.
  const lineBox = (pair: PickedVariant) =>
    page
      .locator("div")
      .filter({ has: page.getByText(`${pair.productName}, size ${pair.sizeLabel} ${pair.widthCode}`, { exact: true }) })
      .last();
  await page.getByRole("radio", { name: /Another size or width/ }).check();
  const first = lineBox(pairs.exchanged);
  await first.getByLabel("Pairs to send back").selectOption("1");
  await chooseOption(page, first.getByLabel("Reason"), "Too small");
  expect(await first.getByLabel("Reason").inputValue()).toBe("too_small");
  const sizes = first.getByLabel("Size and width instead");
  const soldOutOption = sizes.locator(`option[value="${pairs.soldOut.id}"]`);
  expect(await soldOutOption.isDisabled()).toBe(true);
  expect(await soldOutOption.textContent()).toBe(`${pairs.soldOut.sizeLabel} ${pairs.soldOut.widthCode} (sold out)`);
  await sizes.selectOption({ label: `${pairs.halfUp.sizeLabel} ${pairs.halfUp.widthCode}` });
  expect(await sizes.inputValue()).toBe(pairs.halfUp.id);
  await journey.expectAccessible(page, "returns-2-exchange-form");
  await page.getByRole("button", { name: "Request the return", exact: true }).click();

  // The return's page: its number, and the slip with the store's return address and a print button.
  await page.waitForURL((url) => /^\/orders\/[^/]+\/returns\/[^/]+$/.test(url.pathname));
  const exchange = await db.returnRequest.findFirstOrThrow({ where: { orderId: order.id }, include: { lines: true } });
  expect(exchange).toMatchObject({ status: "REQUESTED", resolution: "exchange" });
  expect(exchange.lines).toMatchObject([{ quantity: 1, reason: "too_small", exchangeVariantId: pairs.halfUp.id }]);
  expect(await stockOf(pairs.halfUp.id)).toBe(halfUpStock - 1);
  const exchangeNumber = formatReturnNumber(exchange.returnNumber);
  const exchangeUrl = page.url();
  await page.getByRole("heading", { level: 1, name: `Return ${exchangeNumber}` }).waitFor();
  const slip = page.getByRole("article", { name: "Return slip" });
  const slipText = await slip.innerText();
  expect(slipText).toContain(exchangeNumber);
  for (const line of DEFAULT_STORE_SETTINGS.returnAddress.split("\n")) expect(slipText).toContain(line);
  expect(slipText).toContain(`${pairs.halfUp.sizeLabel} ${pairs.halfUp.widthCode}`);
  await page.getByRole("button", { name: "Print the return slip", exact: true }).waitFor();
  await journey.expectAccessible(page, "returns-3-return-page");

  // Staff: the queue, the return, Approve, then the parcel arrives with its pair resellable.
  await staff.page.goto(journey.url("/admin/returns"));
  await staff.page.getByRole("heading", { level: 1, name: "Returns" }).waitFor();
  await journey.expectAccessible(staff.page, "returns-4-admin-queue");
  await staff.page.getByRole("link", { name: exchangeNumber, exact: true }).click();
  await staff.page.getByRole("heading", { level: 1, name: `Return ${exchangeNumber}` }).waitFor();
  await staff.page.waitForLoadState("networkidle");
  await journey.expectAccessible(staff.page, "returns-5-admin-return");
  // Each button's own status line goes when the page refreshes into the next state, so these
  // wait for the state the page shows.
  await staff.page.getByRole("button", { name: "Approve", exact: true }).click();
  await staffStatus("Approved").waitFor();
  await staff.page.getByRole("button", { name: "Approve", exact: true }).waitFor({ state: "detached" });
  const resellable = staff.page.getByLabel(
    `${pairs.exchanged.productName}, ${pairs.exchanged.sizeLabel} ${pairs.exchanged.widthCode} (of 1 returned)`,
  );
  expect(await resellable.inputValue()).toBe("1");
  await staff.page.getByRole("button", { name: "Mark received", exact: true }).click();
  await staffStatus("Received").waitFor();
  expect(await stockOf(pairs.exchanged.id)).toBe(exchangedStock + 1);
  await journey.expectAccessible(staff.page, "returns-6-admin-exchange-received");

  // The exchange's order ships from the order desk, which finishes the return.
  await staff.page.getByRole("link", { name: /^the exchange's order SS-/ }).click();
  const { exchangeOrderId } = await db.returnRequest.findUniqueOrThrow({ where: { id: exchange.id } });
  const exchangeOrder = await db.order.findUniqueOrThrow({ where: { id: exchangeOrderId ?? "" } });
  expect(exchangeOrder).toMatchObject({ status: "PAID", totalCents: 0 });
  await shipOnOrderDesk(staff.page, exchangeOrder.orderNumber);
  await page.goto(exchangeUrl);
  await page.getByRole("heading", { level: 1, name: `Return ${exchangeNumber}` }).waitFor();
  await page
    .getByRole("definition")
    .filter({ hasText: /^Exchange shipped$/ })
    .waitFor();
  await page.getByRole("link", { name: formatOrderNumber(exchangeOrder.orderNumber), exact: true }).waitFor();

  // The other pair, for a refund: the first is already on its return.
  await page.goto(orderUrl);
  await page.getByRole("link", { name: "Return or exchange pairs", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Return or exchange" }).waitFor();
  await page.waitForLoadState("networkidle");
  await lineBox(pairs.exchanged).getByText("Already on a return.").waitFor();
  await page.getByRole("radio", { name: /A refund/ }).check();
  const second = lineBox(pairs.refunded);
  await second.getByLabel("Pairs to send back").selectOption("1");
  await second.getByLabel("Reason").selectOption({ label: "Too big" });
  await page.getByRole("button", { name: "Request the return", exact: true }).click();
  await page.waitForURL((url) => url.href !== formUrl && /\/returns\/[^/]+$/.test(url.pathname));
  const refundReturn = await db.returnRequest.findFirstOrThrow({ where: { orderId: order.id, resolution: "refund" } });
  const refundNumber = formatReturnNumber(refundReturn.returnNumber);
  const refundUrl = page.url();
  await page.getByRole("heading", { level: 1, name: `Return ${refundNumber}` }).waitFor();

  // Staff receive it (no approval needed when the parcel is already here) and refund it.
  await staff.page.goto(journey.url("/admin/returns"));
  await staff.page.getByRole("link", { name: refundNumber, exact: true }).click();
  await staff.page.getByRole("heading", { level: 1, name: `Return ${refundNumber}` }).waitFor();
  await staff.page.waitForLoadState("networkidle");
  await staff.page.getByRole("button", { name: "Mark received", exact: true }).click();
  await staffStatus("Received").waitFor();
  staff.page.once("dialog", (dialog) => void dialog.accept());
  await staff.page.getByRole("button", { name: "Refund to the shopper's card", exact: true }).click();
  await staffStatus("Refunded").waitFor();
  await journey.expectAccessible(staff.page, "returns-7-admin-refunded");

  // One refund at the stand-in, never more than was paid, and its charge.refunded webhook applied.
  const refund = await db.refund.findFirstOrThrow({ where: { returnId: refundReturn.id } });
  expect(refund.status).toBe("succeeded");
  expect(refund.amountCents).toBeGreaterThan(0);
  expect(refund.amountCents).toBeLessThanOrEqual(order.totalCents);
  const atStripe = journey
    .store()
    .standIn.refunds()
    .filter((made) => made.payment_intent === order.stripePaymentIntentId);
  expect(atStripe.map((made) => made.amount)).toEqual([refund.amountCents]);
  await waitFor(
    "the charge.refunded webhook applied",
    () => db.order.findUniqueOrThrow({ where: { id: order.id }, select: { stripeRefundedCents: true } }),
    (found) => found.stripeRefundedCents === refund.amountCents,
    { timeoutMs: 20_000 },
  );

  await page.goto(refundUrl);
  await page.getByRole("heading", { level: 1, name: `Return ${refundNumber}` }).waitFor();
  await page
    .getByRole("definition")
    .filter({ hasText: /^Refunded$/ })
    .waitFor();
  expect(await page.getByRole("main").innerText()).toContain(formatMoney(refund.amountCents, order.currency));
  await journey.expectAccessible(page, "returns-8-refunded");
}, 300_000);

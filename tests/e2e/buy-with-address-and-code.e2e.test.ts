/** @jest-environment-options {"template":"seeded"} */
import { getDb } from "@/lib/db";
import { formatMoney } from "@/lib/money";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { waitFor } from "../support/wait-for";
import { useJourney } from "./support/journey";
import { startStoreWithPayments } from "./support/store-with-payments";

// An order a shop can ship, in Chromium: a discount code entered in the cart and shown before
// checkout, a name and address typed on the test-mode payment page, and both of them back on
// the success page, the order page and in the confirmation email. axe checks each new screen.

const journey = useJourney({ startStore: () => startStoreWithPayments() });

const CODE = "WALKMORE10";
const SHOPPER = {
  email: "ada.walker@example.com",
  name: "Ada Walker",
  line1: "12 Quay Street",
  city: "Portland",
  state: "OR",
  postalCode: "97201",
};

it("buys with a discount code and a shipping address, and sees both on the order page and in the email", async () => {
  const db = getDb();
  await db.discountCode.create({ data: { code: CODE, percentBps: 1000, description: "10% off for walkers" } });
  const variant = await db.variant.findFirstOrThrow({
    where: { stock: { gte: 3 }, product: { published: true, archivedAt: null } },
    include: { product: true },
    orderBy: { sku: "asc" },
  });
  const price = variant.product.priceCents;
  const discount = Math.round(price / 10);
  const { page } = await journey.open();

  await page.goto(journey.url("/cart"));
  const added = await page.request.post(journey.url("/api/cart/items"), {
    data: { sku: variant.sku, quantity: 1 },
    headers: { origin: new URL(journey.url("/")).origin },
  });
  expect(added.status()).toBe(201);
  await page.reload();

  // The code, applied in the cart: the discount shows before checkout.
  await page.getByLabel("Discount code").fill(CODE.toLowerCase());
  await page.getByRole("button", { name: "Apply", exact: true }).click();
  await page.getByText(`Code ${CODE}`, { exact: false }).first().waitFor();
  await page
    .getByText(`−${formatMoney(discount, "usd")}`, { exact: false })
    .first()
    .waitFor();
  await journey.expectAccessible(page, "code-1-cart-with-code");

  await page.getByRole("button", { name: "Check out", exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/pay/cs_test_"));
  const sessionId = new URL(page.url()).pathname.replace("/pay/", "");
  await journey.expectAccessible(page, "code-2-payment-page");

  // The address, typed as a shopper would on Stripe's page.
  await page.getByLabel("Email for the order confirmation").fill(SHOPPER.email);
  await page.getByLabel("Full name").fill(SHOPPER.name);
  await page.getByLabel("Address line 1").fill(SHOPPER.line1);
  await page.getByLabel("Town or city").fill(SHOPPER.city);
  await page.getByLabel("State, province or county").fill(SHOPPER.state);
  await page.getByLabel("Postal code").fill(SHOPPER.postalCode);
  await page.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();

  await page.waitForURL((url) => url.pathname === "/checkout/success");
  await page.getByRole("heading", { level: 1, name: "Thank you: your order is confirmed" }).waitFor();
  const order = await waitFor(
    "the order paid",
    () => db.order.findUniqueOrThrow({ where: { stripeSessionId: sessionId } }),
    (found) => found.status === "PAID",
  );
  expect(order).toMatchObject({
    discountCents: discount,
    shipName: SHOPPER.name,
    shipLine1: SHOPPER.line1,
    shipCity: SHOPPER.city,
    shipPostalCode: SHOPPER.postalCode,
    shipCountry: "US",
  });
  expect(order.totalCents).toBe(
    price - discount + order.shippingCents + (order.taxMode === "exclusive" ? order.taxCents : 0),
  );
  const success = await page.getByRole("main").innerText();
  expect(success).toContain(SHOPPER.line1);
  expect(success).toContain(`−${formatMoney(discount, "usd")}`);
  await journey.expectAccessible(page, "code-3-success");

  // The order page behind the private link.
  await page.getByRole("link", { name: "See your order", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: `Order ${formatOrderNumber(order.orderNumber)}` }).waitFor();
  const orderPage = await page.getByRole("main").innerText();
  expect(orderPage).toContain(SHOPPER.name);
  expect(orderPage).toContain(SHOPPER.line1);
  expect(orderPage).toContain(`−${formatMoney(discount, "usd")}`);
  expect(orderPage).toContain(formatMoney(order.totalCents, "usd"));
  await journey.expectAccessible(page, "code-4-order-page");

  // The confirmation email names the address and the discount.
  const email = await waitFor(
    "the confirmation email sent",
    async () => {
      const row = await db.outboxEmail.findFirst({ where: { orderId: order.id, kind: "order_confirmation" } });
      return row?.status === "SENT"
        ? journey
            .store()
            .readEmails()
            .find((sent) => sent.file === `${row.id}.eml`)
        : null;
    },
    { timeoutMs: 20_000 },
  );
  expect(email?.text).toContain(SHOPPER.line1);
  expect(email?.text).toContain(formatMoney(discount, "usd"));
  expect(email?.text).toContain(formatMoney(order.totalCents, "usd"));

  // The code was used once.
  expect(await db.discountCode.findFirstOrThrow({ where: { code: CODE } })).toMatchObject({ usedCount: 1 });

  // The policy pages and the order lookup are reachable from the footer and pass axe.
  for (const [link, screen] of [
    ["Returns & exchanges", "code-5-returns-policy"],
    ["Find your order", "code-6-find-order"],
  ] as const) {
    await page.getByRole("contentinfo").getByRole("link", { name: link }).click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await journey.expectAccessible(page, screen);
  }
}, 180_000);

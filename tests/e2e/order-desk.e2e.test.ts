/** @jest-environment-options {"template":"seeded"} */
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { insertStaffUser } from "@/lib/staff/insert-staff-user";
import { useJourney } from "./support/journey";

// The back office issue #16 added, in Chromium with axe on every screen: find an order by its
// number, ship it with a carrier (the tracking number becomes a link), note it, print its
// packing slip, create a discount code and edit the returns policy.

const journey = useJourney();

const STAFF = { email: "desk-e2e@example.com", password: "a long order desk passphrase", role: "staff" as const };

beforeAll(async () => {
  await insertStaffUser(getDb(), STAFF, { via: "cli" });
});

async function paidOrder() {
  const db = getDb();
  const variant = await db.variant.findFirstOrThrow({ where: { stock: { gte: 2 } }, include: { product: true } });
  return db.order.create({
    data: {
      accessToken: randomBytes(16).toString("base64url"),
      status: "PAID",
      paidAt: new Date(),
      email: "grace@example.com",
      currency: "usd",
      totalCents: variant.product.priceCents,
      shipName: "Grace Desk",
      shipLine1: "7 Harbour Row",
      shipCity: "Boston",
      shipState: "MA",
      shipPostalCode: "02110",
      shipCountry: "US",
      lines: {
        create: [
          {
            variantId: variant.id,
            sku: variant.sku,
            productName: variant.product.name,
            sizeLabel: variant.sizeLabel,
            widthCode: variant.widthCode,
            unitPriceCents: variant.product.priceCents,
            quantity: 1,
          },
        ],
      },
    },
  });
}

it("finds, ships, notes and prints an order, adds a discount code and edits a policy page", async () => {
  const order = await paidOrder();
  const number = formatOrderNumber(order.orderNumber);
  const { page } = await journey.open();
  await page.goto(journey.url("/admin/login"));
  await page.getByLabel("Email", { exact: true }).fill(STAFF.email);
  await page.getByLabel("Password", { exact: true }).fill(STAFF.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(journey.url("/admin"));

  // Find it by number.
  await page.goto(journey.url("/admin/orders"));
  await page.getByRole("search", { name: "Filter orders" }).getByLabel("Search").fill(number.toLowerCase());
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get("q") === number.toLowerCase());
  await page.getByText("1 order matching").waitFor();
  await journey.expectAccessible(page, "desk-1-order-search");
  await page.getByRole("link", { name: number, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: `Order ${number}` }).waitFor();
  await page.waitForLoadState("networkidle");
  await journey.expectAccessible(page, "desk-2-order");

  // A note, then shipping with UPS.
  await page.getByLabel("Add a note").fill("Gift: no prices in the box.");
  await page.getByRole("button", { name: "Add note", exact: true }).click();
  await page.getByText("Gift: no prices in the box.", { exact: true }).waitFor();
  await page.getByLabel("Carrier").selectOption("ups");
  await page.getByLabel("Tracking number (optional)").fill("1Z999AA10123456784");
  await page.getByRole("button", { name: "Mark as shipped", exact: true }).click();
  const tracking = page.getByRole("link", { name: /^1Z999AA10123456784/ });
  await tracking.waitFor();
  expect(await tracking.getAttribute("href")).toBe("https://www.ups.com/track?tracknum=1Z999AA10123456784");
  expect(await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
    status: "SHIPPED",
    carrier: "ups",
  });
  await journey.expectAccessible(page, "desk-3-order-shipped");

  // The packing slip: the address and the pair, no prices.
  await page.getByRole("link", { name: "Packing slip", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Packing slip" }).waitFor();
  const slip = await page.getByRole("main").innerText();
  expect(slip).toContain("7 Harbour Row");
  expect(slip).not.toMatch(/\$\d/);
  await journey.expectAccessible(page, "desk-4-packing-slip");

  // A discount code.
  await page.goto(journey.url("/admin/discounts"));
  await page.getByRole("heading", { level: 1, name: "Discount codes" }).waitFor();
  await journey.expectAccessible(page, "desk-5-discounts");
  await page.getByRole("link", { name: "New discount code" }).click();
  await page.getByRole("heading", { level: 1, name: "New discount code" }).waitFor();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Code", { exact: true }).fill("SPRING15");
  await page.getByLabel("Discount", { exact: true }).fill("15");
  await journey.expectAccessible(page, "desk-6-new-discount");
  await page.getByRole("button", { name: "Add code", exact: true }).click();
  await page.waitForURL((url) => /^\/admin\/discounts\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
  expect(await getDb().discountCode.findFirstOrThrow({ where: { code: "SPRING15" } })).toMatchObject({
    percentBps: 1500,
  });

  // The returns policy, edited.
  await page.goto(journey.url("/admin/policies"));
  await page.getByRole("heading", { level: 1, name: "Policies" }).waitFor();
  await journey.expectAccessible(page, "desk-7-policies");
  // The table's link (the admin navigation has a "Returns" link too: the returns queue).
  await page.getByRole("table").getByRole("link", { name: "Returns & exchanges", exact: true }).click();
  await page.waitForLoadState("networkidle");
  const body = page.getByLabel("Page", { exact: true });
  await body.fill(`${await body.inputValue()}\n\nWe also take back unworn pairs bought as gifts.`);
  await page.getByRole("button", { name: "Save page", exact: true }).click();
  await page.getByRole("status").filter({ hasText: /saved/i }).waitFor();
  await journey.expectAccessible(page, "desk-8-policy-editor");
  await page.goto(journey.url("/help/returns"));
  await page.getByText("We also take back unworn pairs bought as gifts.").waitFor();
}, 180_000);

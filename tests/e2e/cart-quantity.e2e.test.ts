/** @jest-environment-options {"template":"seeded"} */
import { getDb } from "@/lib/db";
import { useJourney } from "./support/journey";
import { startStoreWithPayments } from "./support/store-with-payments";

// The cart's quantity picker in Chromium: a quantity applies as soon as it is chosen, the picker
// then shows what the cart holds (also after a reload), and a checkout started straight after a
// change pays for the new quantity, never the old one.

const journey = useJourney({ startStore: () => startStoreWithPayments() });

it("applies a chosen quantity at once, shows what the cart holds, and checks out the new quantity", async () => {
  const db = getDb();
  const variant = await db.variant.findFirstOrThrow({
    where: { stock: { gte: 5 }, product: { published: true, archivedAt: null } },
    include: { product: true },
    orderBy: { sku: "asc" },
  });
  const { page } = await journey.open();
  await page.goto(journey.url("/cart"));
  const added = await page.request.post(journey.url("/api/cart/items"), {
    data: { sku: variant.sku, quantity: 1 },
    headers: { origin: new URL(journey.url("/")).origin },
  });
  expect(added.status()).toBe(201);
  await page.reload();

  const picker = page.getByRole("combobox", { name: /^Quantity of / });
  expect(await picker.inputValue()).toBe("1");
  // With JavaScript there is no Update button to forget: choosing is enough.
  expect(await page.getByRole("button", { name: /^Update/ }).count()).toBe(0);
  await picker.selectOption("2");
  await page.getByRole("status").getByText("Quantity changed to 2.").waitFor();
  expect(await page.getByText("Subtotal (2 pairs)").count()).toBe(1);
  expect(await picker.inputValue()).toBe("2");
  await page.reload();
  expect(await page.getByRole("combobox", { name: /^Quantity of / }).inputValue()).toBe("2");

  // Chosen and straight to checkout: the payment is for three pairs.
  await page.getByRole("combobox", { name: /^Quantity of / }).selectOption("3");
  await page.getByRole("button", { name: "Check out", exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/pay/cs_test_"));
  const sessionId = new URL(page.url()).pathname.replace("/pay/", "");
  const order = await db.order.findUniqueOrThrow({ where: { stripeSessionId: sessionId }, include: { lines: true } });
  expect(order.lines.map((line) => [line.sku, line.quantity])).toEqual([[variant.sku, 3]]);
}, 120_000);

/** @jest-environment-options {"template":"seeded"} */
import { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { MAX_HELD_PAIRS_PER_ADDRESS, MAX_PAIRS_PER_CHECKOUT } from "@/lib/checkout/hold-limits";
import { waitFor } from "../../support/wait-for";
import { ORIGIN, useStripeHarness } from "../stripe/harness";
import { cartWith, pickVariants, stockOf } from "../stripe/shop";

// Review finding F5: 97 anonymous checkouts held all 501 pairs of one product for 31 minutes. Now
// one checkout holds at most 12 pairs and one address at most 24 unpaid pairs at a time, while a
// shopper from another address is never affected (decision 0014).

const harness = useStripeHarness();

async function checkoutFrom(address: string, cartId: string) {
  const { POST } = await import("@/app/api/checkout/route");
  const response = await POST(
    new NextRequest(`${ORIGIN}/api/checkout`, {
      method: "POST",
      headers: { cookie: `cart_id=${cartId}`, "x-forwarded-for": address },
    }),
  );
  return {
    status: response.status,
    body: (await response.json()) as { error?: string; fields?: Record<string, string> },
  };
}

/** Stock of these SKUs added up. */
async function totalStock(skus: string[]): Promise<number> {
  let total = 0;
  for (const sku of skus) total += await stockOf(sku);
  return total;
}

it(`refuses a checkout of more than ${MAX_PAIRS_PER_CHECKOUT} pairs and holds nothing`, async () => {
  const [a, b] = await pickVariants(2, 10);
  const cart = await cartWith([
    { sku: a!.sku, quantity: 10 },
    { sku: b!.sku, quantity: 3 },
  ]);
  const response = await checkoutFrom("198.51.100.10", cart);
  expect(response.status).toBe(409);
  expect(response.body.error).toBe("too_many_pairs");
  expect(response.body.fields?.cart).toMatch(/at most 12 pairs/);
  expect(await totalStock([a!.sku, b!.sku])).toBe(a!.stock + b!.stock);
});

it("one address can't hold more than 24 unpaid pairs, even with checkouts in parallel; another address still buys", async () => {
  const variants = await pickVariants(10, 8);
  const skus = variants.map((variant) => variant.sku);
  const before = await totalStock(skus);
  // Ten carts of 6 pairs each, all checked out at once from one address.
  const carts = await Promise.all(variants.map((variant) => cartWith([{ sku: variant.sku, quantity: 6 }])));
  const responses = await Promise.all(carts.map((cart) => checkoutFrom("203.0.113.66", cart)));
  const held = responses.filter((response) => response.status === 201).length;
  expect(held).toBe(MAX_HELD_PAIRS_PER_ADDRESS / 6);
  expect(
    responses
      .filter((response) => response.status === 429)
      .every((response) => response.body.error === "too_many_checkouts"),
  ).toBe(true);
  expect(responses.filter((response) => response.status !== 201 && response.status !== 429)).toEqual([]);
  expect(await totalStock(skus)).toBe(before - held * 6);

  // A real shopper elsewhere is untouched by the limit.
  const shopper = await checkoutFrom("192.0.2.7", await cartWith([{ sku: variants[9]!.sku, quantity: 1 }]));
  expect(shopper.status).toBe(201);
});

it("holds that ended (expired, cancelled) stop counting, so a shopper whose checkout lapsed can start again", async () => {
  const [variant, second, third] = await pickVariants(3, 12);
  const first = await checkoutFrom(
    "198.51.100.77",
    await cartWith([
      { sku: variant!.sku, quantity: 10 },
      { sku: second!.sku, quantity: 2 },
    ]),
  );
  const secondCheckout = await checkoutFrom(
    "198.51.100.77",
    await cartWith([
      { sku: third!.sku, quantity: 10 },
      { sku: second!.sku, quantity: 2 },
    ]),
  );
  expect([first.status, secondCheckout.status]).toEqual([201, 201]);
  const blocked = await checkoutFrom("198.51.100.77", await cartWith([{ sku: variant!.sku, quantity: 1 }]));
  expect(blocked.status).toBe(429);
  // Stripe expires the first session: its 12 pairs go back, and the address may hold again.
  const order = await getDb().order.findFirstOrThrow({
    where: { clientIp: "198.51.100.77", status: "PENDING" },
    orderBy: { createdAt: "asc" },
  });
  harness.standIn.expireSession(order.stripeSessionId as string);
  await waitFor(
    "the first order to expire",
    () => getDb().order.findUniqueOrThrow({ where: { id: order.id } }),
    (row) => row.status === "EXPIRED",
  );
  expect((await checkoutFrom("198.51.100.77", await cartWith([{ sku: variant!.sku, quantity: 1 }]))).status).toBe(201);
});

it("doesn't limit a private or loopback address (a proxy the store wasn't told about, or this machine), so shoppers behind it aren't all refused together", async () => {
  const variants = await pickVariants(6, 6);
  const responses = await Promise.all(
    variants.map(async (variant) => checkoutFrom("10.0.0.5", await cartWith([{ sku: variant.sku, quantity: 5 }]))),
  );
  expect(responses.map((response) => response.status)).toEqual(variants.map(() => 201));
});

/** @jest-environment-options {"template":"seeded"} */
import { mockRequest, SAME_ORIGIN_HEADERS as SAME_ORIGIN, formData } from "../../support/next-request-mocks";
import { getDb } from "@/lib/db";
import { CART_COOKIE } from "@/lib/cart/cart-cookie";
import { createCartId } from "@/lib/cart/cart-id";
import { findFreePort } from "@/scripts/lib/free-port";
import { expectWarning } from "../../support/expect-warning";
import { pickVariants } from "../stripe/shop";

import { addToCart, removeCartLine, updateCartLine } from "@/lib/cart/cart-actions";

// Reliability case 26 (docs/reliability-cases.md) for the cart's Server Actions: with PostgreSQL
// out of reach they answer "try again in a moment" (decision 0015), as the JSON routes answer 503,
// instead of a generic failure with a logged stack; and they work again once it is back.

afterAll(async () => {
  await getDb().$disconnect();
});

it("answer a database outage with a clear try-again state, then work once it is back", async () => {
  const [variant] = await pickVariants(1, 3);
  const sku = variant!.sku;
  const realUrl = process.env.DATABASE_URL;
  // lib/db.ts connects afresh when DATABASE_URL changes: nothing listens on a port just handed out
  // as free, so every query is refused at once, as when PostgreSQL is stopped.
  await getDb().$disconnect();
  process.env.DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${await findFreePort()}/none`;
  try {
    const logged = expectWarning(/^Database unavailable; answered 503 \(.+\)\.$/);
    mockRequest({ headers: SAME_ORIGIN, cookie: `${CART_COOKIE}=${createCartId()}` });
    const results = [
      await addToCart(sku, 1),
      await updateCartLine(null, formData({ sku, quantity: "2" })),
      await removeCartLine(null, formData({ sku })),
    ];
    for (const result of results)
      expect(result).toEqual({
        ok: false,
        message: "The store can't reach its database right now. Please try again in a moment.",
      });
    expect(logged).toHaveLength(results.length);
  } finally {
    await getDb().$disconnect();
    process.env.DATABASE_URL = realUrl;
  }

  mockRequest({ headers: SAME_ORIGIN });
  expect(await addToCart(sku, 1)).toMatchObject({ ok: true, count: 1 });
});

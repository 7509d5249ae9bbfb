/** @jest-environment-options {"template":"seeded"} */
import { mockRequest, SAME_ORIGIN_HEADERS as SAME_ORIGIN, formData } from "../../support/next-request-mocks";
import { getDb } from "@/lib/db";
import { CART_COOKIE } from "@/lib/cart/cart-cookie";
import { expectWarning } from "../../support/expect-warning";
import { pickVariants } from "../stripe/shop";

import { addToCart, removeCartLine, updateCartLine } from "@/lib/cart/cart-actions";
import { checkoutAction } from "@/lib/checkout/checkout-actions";

// The cart and checkout Server Actions are public POST endpoints: anyone can call them with any
// arguments (review F7) and from any page (F11). Each answers its error state, never throws, and
// refuses a cross-site call under the store's one same-origin rule before touching the cart.

const CROSS_SITE: Record<string, string>[] = [
  { "sec-fetch-site": "cross-site" },
  { "sec-fetch-site": "same-site" },
  { origin: "https://evil.example" },
  { origin: "null" },
  { origin: "https://evil.example", "x-forwarded-host": "evil.example" },
];
const REFUSED = { ok: false, message: "This request came from another site and was refused." };

afterAll(async () => {
  await getDb().$disconnect();
});

describe("cart and checkout Server Actions", () => {
  it("answer arguments of the wrong shape with their error state instead of throwing", async () => {
    mockRequest({ headers: SAME_ORIGIN });
    const nested = JSON.parse('{"__proto__":{"sku":"X"},"a":[[[{}]]]}') as unknown;
    const results = [
      await updateCartLine(null, null as unknown as FormData),
      await updateCartLine(null, { get: () => "SKU" } as unknown as FormData),
      await updateCartLine(null, formData({ sku: "a\u0000b", quantity: "2" })),
      await removeCartLine(null, "sku=X" as unknown as FormData),
      await removeCartLine(null, formData({ sku: "\ud800" })),
      await addToCart(nested, [[[]]]),
      await addToCart("SKU", 0),
      await addToCart("SKU", 1.5),
      await addToCart(["SKU"], { quantity: 1 }),
      await checkoutAction(null, null),
      await checkoutAction({ ok: true } as never, nested),
    ];
    for (const result of results) {
      expect(result).toMatchObject({ ok: false, message: expect.any(String) });
      // React sends only plain objects from a Server Action: a null-prototype `fields` failed to serialize.
      if ("fields" in result && result.fields) expect(Object.getPrototypeOf(result.fields)).toBe(Object.prototype);
    }
    expect(results[6]).toEqual({
      ok: false,
      message: "Quantity must be at least 1",
      fields: { quantity: "Quantity must be at least 1" },
    });
    expect(await getDb().cartLine.count()).toBe(0);
  });

  it("refuse cross-site calls, Sec-Fetch-Site without an Origin included, and change nothing", async () => {
    const [variant] = await pickVariants(1, 3);
    const refused = expectWarning(/^Refused cross-site Server Action/);
    for (const headers of CROSS_SITE) {
      mockRequest({ headers });
      expect([headers, await addToCart(variant!.sku, 1)]).toEqual([headers, REFUSED]);
      expect([headers, await checkoutAction(null, formData({}))]).toEqual([headers, REFUSED]);
      expect([headers, await updateCartLine(null, formData({ sku: variant!.sku, quantity: "2" }))]).toEqual([
        headers,
        REFUSED,
      ]);
      expect([headers, await removeCartLine(null, formData({ sku: variant!.sku }))]).toEqual([headers, REFUSED]);
    }
    expect(refused).toHaveLength(CROSS_SITE.length * 4);
    expect(await getDb().cartLine.count()).toBe(0);
    expect(await getDb().order.count()).toBe(0);
  });

  it("work from the store's own pages", async () => {
    const [variant] = await pickVariants(1, 3);
    mockRequest({ headers: SAME_ORIGIN });
    expect(await addToCart(variant!.sku, 1)).toMatchObject({ ok: true, count: 1 });
    const line = await getDb().cartLine.findFirstOrThrow({ where: { variantId: variant!.id } });
    // The cookie the action set is the one the next calls read.
    mockRequest({ headers: SAME_ORIGIN, cookie: `${CART_COOKIE}=${line.cartId}` });
    expect(await updateCartLine(null, formData({ sku: variant!.sku, quantity: "2" }))).toMatchObject({ ok: true });
    expect(
      (
        await getDb().cartLine.findUniqueOrThrow({
          where: { cartId_variantId: { cartId: line.cartId, variantId: variant!.id } },
        })
      ).quantity,
    ).toBe(2);
    expect(await removeCartLine(null, formData({ sku: variant!.sku }))).toMatchObject({ ok: true });
    expect(await getDb().cartLine.count({ where: { cartId: line.cartId } })).toBe(0);
  });
});

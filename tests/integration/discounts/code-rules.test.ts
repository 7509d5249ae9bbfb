/** @jest-environment-options {"template":"seeded"} */
import { getDb } from "@/lib/db";
import { applyDiscountCode, removeDiscountCode } from "@/lib/discounts/apply-discount-code";
import { getCartDiscount } from "@/lib/discounts/cart-discount";
import { useStripeHarness } from "../stripe/harness";
import { cartAt, cartIdOf, createCode } from "./support";

// Decision 0020: a shopper's code applies to the cart only when it applies now, and otherwise
// the shopper is told why, in a sentence, with a 4xx: unknown, not started, expired, below the
// minimum, not for these shoes, used up. The cart page's discount line uses the same arithmetic.

useStripeHarness();

const DAY = 24 * 60 * 60 * 1000;

async function refusal(cartId: string, code: string) {
  try {
    await applyDiscountCode(cartId, code);
  } catch (error) {
    return error as { status: number; code: string; fields: Record<string, string> };
  }
  throw new Error(`expected ${code} to be refused`);
}

describe("discount code rules in the cart", () => {
  it("applies a code typed in any case, shows its discount, and takes it off again", async () => {
    const { cookie } = await cartAt(12_000, 2);
    const code = await createCode({ code: "Spring10", percentBps: 1000 });
    const cartId = cartIdOf(cookie);
    const versionBefore = (await getDb().cart.findUniqueOrThrow({ where: { id: cartId } })).updatedAt;
    await expect(applyDiscountCode(cartId, "  spring10 ")).resolves.toMatchObject({
      code: "Spring10",
      discountCents: 2_400,
    });
    const cart = await getDb().cart.findUniqueOrThrow({ where: { id: cartId } });
    expect(cart.discountCodeId).toBe(code.id);
    // A new cart version: a checkout opened before the code can't be reused with it.
    expect(cart.updatedAt.getTime()).toBeGreaterThan(versionBefore.getTime());
    expect(await getCartDiscount(cartId)).toMatchObject({ quote: { ok: true, discountCents: 2_400 } });
    await removeDiscountCode(cartId);
    expect(await getCartDiscount(cartId)).toBeNull();
  });

  it("takes a fixed amount off, never more than the shoes cost", async () => {
    const { cookie } = await cartAt(3_000);
    await createCode({ code: "TAKE50", percentBps: null, amountOffCents: 5_000 });
    await expect(applyDiscountCode(cartIdOf(cookie), "take50")).resolves.toMatchObject({ discountCents: 3_000 });
  });

  it("refuses each kind of code that doesn't apply, with a clear 4xx and a sentence", async () => {
    const { cookie, variant } = await cartAt(5_000);
    const cartId = cartIdOf(cookie);
    const now = Date.now();
    const collection = await getDb().collection.create({
      data: { slug: `code-only-${now}`, title: "Code only", description: "Nothing in it" },
    });
    const cases: [Parameters<typeof createCode>[0], number, string, RegExp][] = [
      [{ startsAt: new Date(now + DAY) }, 409, "discount_not_started", /can't be used yet/],
      [{ endsAt: new Date(now - DAY) }, 409, "discount_expired", /has expired/],
      [{ minSubtotalCents: 10_000 }, 409, "discount_below_minimum", /at least \$100\.00/],
      [{ collectionId: collection.id }, 409, "discount_not_applicable", /doesn't apply to the shoes in your cart/],
      [{ usageLimit: 1, usedCount: 1 }, 409, "discount_used_up", /has been used up/],
      [{ active: false }, 409, "discount_inactive", /no longer available/],
    ];
    for (const [data, status, errorCode, message] of cases) {
      const code = await createCode(data);
      const error = await refusal(cartId, code.code);
      expect({ status: error.status, code: error.code }).toEqual({ status, code: errorCode });
      expect(error.fields.code).toMatch(message);
    }
    const unknown = await refusal(cartId, "NO-SUCH-CODE");
    expect(unknown).toMatchObject({ status: 400, code: "unknown_discount_code" });
    expect(unknown.fields.code).toMatch(/We don't know the code NO-SUCH-CODE/);
    expect((await getDb().cart.findUniqueOrThrow({ where: { id: cartId } })).discountCodeId).toBeNull();

    // In the collection, the code applies: to those shoes only.
    const product = await getDb().variant.findUniqueOrThrow({ where: { id: variant.id }, select: { productId: true } });
    await getDb().collectionProduct.create({ data: { collectionId: collection.id, productId: product.productId } });
    const limited = await createCode({ collectionId: collection.id, percentBps: 2_000 });
    await expect(applyDiscountCode(cartId, limited.code)).resolves.toMatchObject({ discountCents: 1_000 });
  });

  it("shows a code that stopped applying after it was entered, with the reason", async () => {
    const { cookie } = await cartAt(5_000);
    const cartId = cartIdOf(cookie);
    const code = await createCode({});
    await applyDiscountCode(cartId, code.code);
    await getDb().discountCode.update({ where: { id: code.id }, data: { endsAt: new Date(Date.now() - 1000) } });
    expect(await getCartDiscount(cartId)).toMatchObject({ quote: { ok: false, reason: "expired" } });
  });
});

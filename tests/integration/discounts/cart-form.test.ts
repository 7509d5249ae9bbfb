/** @jest-environment-options {"template":"seeded"} */
import { formData, mockRequest, SAME_ORIGIN_HEADERS as SAME_ORIGIN } from "../../support/next-request-mocks";
import { renderToStaticMarkup } from "react-dom/server";
import { getDb } from "@/lib/db";
import { CART_COOKIE } from "@/lib/cart/cart-cookie";
import { applyDiscountAction, removeDiscountAction } from "@/lib/discounts/discount-actions";
import { CartDiscountSummary } from "@/components/cart/cart-discount-summary";
import { expectWarning } from "../../support/expect-warning";
import { cartAt, cartIdOf, createCode } from "./support";
import { useStripeHarness } from "../stripe/harness";

// The cart page's code form is a pair of Server Actions (plain forms: no JavaScript needed). They
// refuse cross-site calls, answer bad input with a message instead of throwing, and the summary
// under the subtotal shows the discount and the new total.

useStripeHarness();

describe("the cart's discount code form", () => {
  it("applies a code, shows the discount line and total, and removes it", async () => {
    const { cookie } = await cartAt(10_000, 2);
    const code = await createCode({ percentBps: 2_000 });
    mockRequest({ cookie: `${CART_COOKIE}=${cookie}`, headers: SAME_ORIGIN });
    expect(await applyDiscountAction(null, formData({ code: code.code.toLowerCase() }))).toEqual({
      ok: true,
      message: `Code ${code.code} applied: $40.00 off.`,
    });
    const html = renderToStaticMarkup(
      await CartDiscountSummary({ cartId: cartIdOf(cookie), subtotalCents: 20_000, currency: "usd" }),
    );
    expect(html).toContain(`Discount (${code.code})`);
    expect(html).toContain("−$40.00");
    expect(html).toContain("$160.00");
    expect(html).toContain("Remove");
    expect(await removeDiscountAction(null, formData({}))).toMatchObject({ ok: true });
    expect((await getDb().cart.findUniqueOrThrow({ where: { id: cartIdOf(cookie) } })).discountCodeId).toBeNull();
  });

  it("answers unknown codes, bad input and cross-site calls with a message, changing nothing", async () => {
    const { cookie } = await cartAt(10_000);
    mockRequest({ cookie: `${CART_COOKIE}=${cookie}`, headers: SAME_ORIGIN });
    expect(await applyDiscountAction(null, formData({ code: "NOPE123" }))).toMatchObject({
      ok: false,
      message: "We don't know the code NOPE123. Check the spelling.",
    });
    expect(await applyDiscountAction(null, formData({ code: "" }))).toMatchObject({
      ok: false,
      message: "Enter a discount code",
    });
    expect(await applyDiscountAction(null, formData({ code: "bad code!" }))).toMatchObject({ ok: false });
    expect(await applyDiscountAction(null, null as unknown as FormData)).toMatchObject({ ok: false });
    const code = await createCode({});
    mockRequest({ cookie: `${CART_COOKIE}=${cookie}`, headers: { "sec-fetch-site": "cross-site" } });
    expectWarning(/Refused cross-site Server Action/);
    expect(await applyDiscountAction(null, formData({ code: code.code }))).toMatchObject({
      ok: false,
      message: "This request came from another site and was refused.",
    });
    expect((await getDb().cart.findUniqueOrThrow({ where: { id: cartIdOf(cookie) } })).discountCodeId).toBeNull();
  });
});

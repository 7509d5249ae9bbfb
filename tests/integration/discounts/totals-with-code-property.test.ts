/** @jest-environment-options {"template":"seeded"} */
import fc from "fast-check";
import { getDb } from "@/lib/db";
import { MAX_PAIRS_PER_CHECKOUT } from "@/lib/checkout/hold-limits";
import { orderTotalCents } from "@/lib/checkout/order-totals";
import { settleSession } from "@/lib/checkout/session-settlement";
import { percentOf, quoteDiscount, type DiscountCodeRules } from "@/lib/discounts/discount-rules";
import { offerShippingOptions } from "@/lib/orders/shipping-offer";
import { allocateDiscount, discountOn } from "@/scripts/stripe-stand-in/coupons";
import { taxOn } from "@/scripts/stripe-stand-in/shipping-and-tax";
import { waitFor } from "../../support/wait-for";
import { useStripeHarness } from "../stripe/harness";
import { deeplyStockedVariants, testShippingRates } from "../checkout/random-checkouts";
import { cartWith } from "../stripe/shop";
import { cartIdOf, checkoutFrom, createCode, withCode } from "./support";

// Decision 0020 on top of 0019's property test (tests/integration/checkout/totals-property.test.ts):
// with a discount code, the store's total lines + shipping + tax − discount equals Stripe's
// amount_total to the cent, where Stripe takes the coupon off the lines (in proportion), never off
// shipping, and taxes what is left.

const harness = useStripeHarness();

const cents = fc.integer({ min: 1, max: 500_000 });
const quantity = fc.integer({ min: 1, max: 10 });
const codeSpec = fc.oneof(
  fc.record({ percentBps: fc.integer({ min: 1, max: 10_000 }), amountOffCents: fc.constant(null) }),
  fc.record({ percentBps: fc.constant(null), amountOffCents: fc.integer({ min: 1, max: 300_000 }) }),
);

const rules = (spec: { percentBps: number | null; amountOffCents: number | null }): DiscountCodeRules => ({
  code: "PROP",
  ...spec,
  currency: "usd",
  minSubtotalCents: 0,
  startsAt: null,
  endsAt: null,
  usageLimit: null,
  usedCount: 0,
  reservedCount: 0,
  collectionId: null,
  active: true,
});

describe("totals with a discount code match Stripe's to the cent", () => {
  it("for 1,000 random carts, rates, tax modes and codes: the stand-in's sums equal the store's total", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ unitPriceCents: cents, quantity }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.record({ priceCents: fc.integer({ min: 0, max: 5_000 }), freeOverCents: fc.constant(null) }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.constantFrom("inclusive" as const, "exclusive" as const, null),
        fc.integer({ min: 0, max: 2_700 }),
        codeSpec,
        (lines, rateSpecs, taxMode, rateBps, spec) => {
          const rates = testShippingRates(rateSpecs);
          const linesCents = orderTotalCents(lines);
          const options = offerShippingOptions(rates, { linesCents, currency: "usd" });
          const chosen = options[0]!;
          const quote = quoteDiscount(
            rules(spec),
            lines.map((line) => ({ ...line, currency: "usd", collectionIds: [] })),
            new Date(),
          );
          if (!quote.ok) {
            // Only a percentage too small to make a whole cent is refused (nothing to take off).
            expect(quote.reason).toBe("not_applicable");
            expect(percentOf(linesCents, spec.percentBps ?? 0)).toBe(0);
            return;
          }
          expect(quote.discountCents).toBeLessThanOrEqual(linesCents);
          // Stripe, as the stand-in does it: the coupon's amount_off spread over the lines, tax on the rest.
          const discount = discountOn(linesCents, { amount_off: quote.discountCents, percent_off: null });
          expect(discount).toBe(quote.discountCents);
          const amounts = lines.map((line) => line.unitPriceCents * line.quantity);
          const shares = allocateDiscount(amounts, discount);
          expect(shares.reduce((sum, share) => sum + share, 0)).toBe(discount);
          shares.forEach((share, index) => expect(share).toBeLessThanOrEqual(amounts[index]!));
          const behavior = taxMode ?? "unspecified";
          const tax =
            amounts.reduce((sum, amount, index) => sum + taxOn(amount - shares[index]!, behavior, rateBps), 0) +
            taxOn(chosen.amountCents, behavior, rateBps);
          const amountTotal = linesCents - discount + chosen.amountCents + (taxMode === "exclusive" ? tax : 0);
          const session = {
            object: "checkout.session" as const,
            id: "cs_test_1",
            amount_total: amountTotal,
            currency: "usd",
            payment_status: "paid",
            shipping_options: options.map((option, index) => ({
              shipping_amount: option.amountCents,
              shipping_rate: `shr_${index}`,
            })),
            shipping_cost: { amount_subtotal: chosen.amountCents, amount_tax: 0, shipping_rate: "shr_0" },
            total_details: { amount_discount: discount, amount_tax: tax },
          };
          const order = { linesCents, currency: "usd", taxMode, shippingOptions: options, discountCents: discount };
          expect(settleSession(session, order)).toMatchObject({
            ok: true,
            details: { totalCents: amountTotal, discountCents: discount, taxCents: tax },
          });
          expect(settleSession({ ...session, amount_total: amountTotal + 1 }, order).ok).toBe(false);
          // Stripe reporting another discount than the one reserved is a mismatch too.
          expect(
            settleSession(
              {
                ...session,
                total_details: { amount_discount: discount + 1, amount_tax: tax },
                amount_total: amountTotal - 1,
              },
              order,
            ).ok,
          ).toBe(false);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it("for random carts, rates, tax modes and codes paid through the database and the stand-in: order total = Stripe's amount_total", async () => {
    const pool = await deeplyStockedVariants(10);
    await fc.assert(
      fc.asyncProperty(
        fc
          .uniqueArray(
            fc.record({
              index: fc.integer({ min: 0, max: pool.length - 1 }),
              quantity,
              priceOverride: fc.option(fc.integer({ min: 100, max: 400_000 }), { nil: null }),
            }),
            { minLength: 1, maxLength: 4, selector: (line) => line.index },
          )
          .filter((picks) => picks.reduce((sum, pick) => sum + pick.quantity, 0) <= MAX_PAIRS_PER_CHECKOUT),
        fc.array(fc.record({ priceCents: fc.integer({ min: 0, max: 5_000 }) }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom("inclusive" as const, "exclusive" as const),
        fc.integer({ min: 0, max: 2_500 }),
        // From 1 %: on shoes of at least $1.00 that always takes off a cent or more.
        fc.oneof(
          fc.record({ percentBps: fc.integer({ min: 100, max: 10_000 }), amountOffCents: fc.constant(null) }),
          fc.record({ percentBps: fc.constant(null), amountOffCents: fc.integer({ min: 1, max: 300_000 }) }),
        ),
        fc.nat(),
        async (picks, rateSpecs, taxMode, rateBps, spec, pick) => {
          await getDb().shippingRate.deleteMany();
          await getDb().shippingRate.createMany({
            data: rateSpecs.map((rate, index) => ({
              ...rate,
              name: `Rate ${index}`,
              minBusinessDays: 1,
              maxBusinessDays: 3,
              countries: ["US"],
            })),
          });
          await getDb().storeSettings.upsert({ where: { id: 1 }, update: { taxMode }, create: { id: 1, taxMode } });
          harness.standIn.setTaxRate(rateBps);
          for (const line of picks)
            await getDb().variant.update({
              where: { id: pool[line.index]!.id },
              data: { priceCentsOverride: line.priceOverride },
            });
          const cookie = await cartWith(picks.map((line) => ({ sku: pool[line.index]!.sku, quantity: line.quantity })));
          const code = await createCode(spec);
          const applied = await withCode(cookie, code.code);
          const started = await checkoutFrom(cookie);
          expect(started.status).toBe(201);
          const sessionId = started.body.sessionId as string;
          const stored = harness.standIn.getSession(sessionId)!;
          const options = stored.session.shipping_options;
          harness.standIn.completeSession(sessionId, { shippingRate: options[pick % options.length]!.shipping_rate });
          const paid = await waitFor(
            "the order to be paid",
            () =>
              getDb().order.findUniqueOrThrow({
                where: { id: started.body.orderId as string },
                include: { lines: true },
              }),
            (row) => row.status === "PAID",
          );
          const session = harness.standIn.getSession(sessionId)!.session;
          const linesCents = orderTotalCents(paid.lines);
          expect(paid.discountCents).toBe(applied.discountCents);
          expect(session.total_details.amount_discount).toBe(applied.discountCents);
          expect(paid.totalCents).toBe(
            linesCents +
              paid.shippingCents +
              (taxMode === "exclusive" ? session.total_details.amount_tax : 0) -
              paid.discountCents,
          );
          expect(paid.totalCents).toBe(session.amount_total);
          expect(await getDb().discountRedemption.findUniqueOrThrow({ where: { orderId: paid.id } })).toMatchObject({
            state: "redeemed",
          });
          // The cart emptied with the payment; a fresh one is used by the next run.
          expect(cartIdOf(cookie)).toBeTruthy();
        },
      ),
      { numRuns: 25 },
    );
  });
});

/** @jest-environment-options {"template":"seeded"} */
import fc from "fast-check";
import { getDb } from "@/lib/db";
import { MAX_PAIRS_PER_CHECKOUT } from "@/lib/checkout/hold-limits";
import { orderTotalCents } from "@/lib/checkout/order-totals";
import { checkoutSessionParams } from "@/lib/checkout/session-params";
import { settleSession } from "@/lib/checkout/session-settlement";
import { offerShippingOptions } from "@/lib/orders/shipping-offer";
import { taxOn } from "@/scripts/stripe-stand-in/shipping-and-tax";
import { waitFor } from "../../support/wait-for";
import { useStripeHarness } from "../stripe/harness";
import { deeplyStockedVariants, testShippingRates } from "./random-checkouts";
import { cartWith, checkout } from "../stripe/shop";

const harness = useStripeHarness();

const cents = fc.integer({ min: 0, max: 2_000_000 });
const quantity = fc.integer({ min: 1, max: 10 });

describe("case 13: integer cents totals always equal the sum of the lines (and, decision 0019, lines + shipping + tax − discount)", () => {
  it("for 1,000 random carts, the order total and the Stripe line items agree, in integers", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ unitPriceCents: cents, quantity }), { minLength: 1, maxLength: 12 }),
        (lines) => {
          const total = orderTotalCents(lines);
          expect(Number.isSafeInteger(total)).toBe(true);
          expect(total).toBe(lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0));
          const order = {
            id: "order_1",
            status: "PENDING" as const,
            createdAt: new Date(),
            currency: "usd",
            totalCents: total,
            stripeSessionId: null,
            taxMode: null,
            shippingOptions: [],
            lines: lines.map((line, index) => ({
              ...line,
              sku: `SKU-${index}`,
              productName: "Shoe",
              sizeLabel: "9",
              widthCode: "D",
            })),
          };
          const params = checkoutSessionParams(order, "http://localhost:3000");
          const stripeTotal = params.line_items!.reduce((sum, item) => {
            expect(Number.isInteger(item.price_data!.unit_amount)).toBe(true);
            return sum + item.price_data!.unit_amount! * item.quantity!;
          }, 0);
          expect(stripeTotal).toBe(total);
        },
      ),
      { numRuns: 1_000 },
    );
    expect(orderTotalCents([{ unitPriceCents: 1999, quantity: 3 }])).toBe(5997);
  });

  it("with shipping and tax, for 1,000 random carts: Stripe's sums (as the stand-in does them) equal the store's total to the cent", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ unitPriceCents: cents, quantity }), { minLength: 1, maxLength: 12 }),
        fc.array(
          fc.record({
            priceCents: fc.integer({ min: 0, max: 50_000 }),
            freeOverCents: fc.option(cents, { nil: null }),
          }),
          { minLength: 1, maxLength: 7 },
        ),
        fc.constantFrom("inclusive" as const, "exclusive" as const, null),
        fc.integer({ min: 0, max: 2_700 }),
        fc.nat(),
        (lines, rateSpecs, taxMode, rateBps, pick) => {
          const rates = testShippingRates(rateSpecs);
          const linesCents = orderTotalCents(lines);
          const options = offerShippingOptions(rates, { linesCents, currency: "usd" });
          expect(options.length).toBeLessThanOrEqual(5);
          const chosen = options[pick % options.length]!;
          // Stripe Tax, per line and on shipping, rounded per amount (the stand-in's arithmetic).
          const behavior = taxMode ?? "unspecified";
          const lineTaxes = lines.map((line) => taxOn(line.unitPriceCents * line.quantity, behavior, rateBps));
          const shippingTax = taxOn(chosen.amountCents, behavior, rateBps);
          const tax = lineTaxes.reduce((sum, value) => sum + value, 0) + shippingTax;
          const amountTotal = linesCents + chosen.amountCents + (taxMode === "exclusive" ? tax : 0);
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
            shipping_cost: {
              amount_subtotal: chosen.amountCents,
              amount_tax: shippingTax,
              shipping_rate: `shr_${options.indexOf(chosen)}`,
            },
            total_details: { amount_discount: 0, amount_tax: tax },
          };
          const settled = settleSession(session, { linesCents, currency: "usd", taxMode, shippingOptions: options });
          expect(settled).toMatchObject({
            ok: true,
            details: { totalCents: amountTotal, shippingCents: chosen.amountCents, taxCents: tax },
          });
          // One cent more (or less) is a mismatch, never fulfilled.
          expect(
            settleSession(
              { ...session, amount_total: amountTotal + 1 },
              { linesCents, currency: "usd", taxMode, shippingOptions: options },
            ).ok,
          ).toBe(false);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it("for random carts, rates and tax modes checked out and paid against the database and the Stripe stand-in, order total = Σ lines + shipping + tax = Stripe's amount_total", async () => {
    const pool = await deeplyStockedVariants(12);
    await fc.assert(
      fc.asyncProperty(
        fc
          .uniqueArray(
            fc.record({
              index: fc.integer({ min: 0, max: pool.length - 1 }),
              quantity,
              priceOverride: fc.option(cents, { nil: null }),
            }),
            { minLength: 1, maxLength: 4, selector: (line) => line.index },
          )
          // One checkout holds at most 12 pairs (decision 0014); larger carts are refused before pricing.
          .filter((picks) => picks.reduce((sum, pick) => sum + pick.quantity, 0) <= MAX_PAIRS_PER_CHECKOUT),
        fc.array(
          fc.record({ priceCents: fc.integer({ min: 0, max: 5_000 }), freeOverCents: fc.option(cents, { nil: null }) }),
          { minLength: 1, maxLength: 3 },
        ),
        fc.constantFrom("inclusive" as const, "exclusive" as const),
        fc.integer({ min: 0, max: 2_500 }),
        fc.nat(),
        async (picks, rateSpecs, taxMode, rateBps, pick) => {
          await getDb().shippingRate.deleteMany();
          await getDb().shippingRate.createMany({
            data: rateSpecs.map((spec, index) => ({
              ...spec,
              name: `Rate ${index}`,
              minBusinessDays: 1,
              maxBusinessDays: 3,
              countries: ["US"],
            })),
          });
          await getDb().storeSettings.upsert({ where: { id: 1 }, update: { taxMode }, create: { id: 1, taxMode } });
          harness.standIn.setTaxRate(rateBps);
          for (const pick of picks) {
            await getDb().variant.update({
              where: { id: pool[pick.index]!.id },
              data: { priceCentsOverride: pick.priceOverride },
            });
          }
          const cookie = await cartWith(picks.map((pick) => ({ sku: pool[pick.index]!.sku, quantity: pick.quantity })));
          const response = await checkout(cookie);
          expect(response.status).toBe(201);
          const held = await getDb().order.findUniqueOrThrow({
            where: { id: response.body.orderId as string },
            include: { lines: true },
          });
          const linesCents = picks.reduce(
            (sum, pick) => sum + (pick.priceOverride ?? pool[pick.index]!.product.priceCents) * pick.quantity,
            0,
          );
          // Until payment, the order's total is its lines; the stand-in's lines agree.
          expect(held.totalCents).toBe(linesCents);
          const sessionId = response.body.sessionId as string;
          const stored = harness.standIn.getSession(sessionId)!;
          expect(stored.lineItems.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0)).toBe(linesCents);
          const options = stored.session.shipping_options;
          const chosen = options[pick % options.length]!;
          harness.standIn.completeSession(sessionId, { shippingRate: chosen.shipping_rate });
          const paid = await waitFor(
            "the order to be paid",
            () => getDb().order.findUniqueOrThrow({ where: { id: held.id } }),
            (row) => row.status === "PAID",
          );
          const session = harness.standIn.getSession(sessionId)!.session;
          expect(paid.shippingCents).toBe(chosen.shipping_amount);
          expect(paid.taxCents).toBe(session.total_details.amount_tax);
          expect(paid.totalCents).toBe(
            linesCents + chosen.shipping_amount + (taxMode === "exclusive" ? session.total_details.amount_tax : 0),
          );
          expect(paid.totalCents).toBe(session.amount_total);
          expect(Number.isSafeInteger(paid.totalCents)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

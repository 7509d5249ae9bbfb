/** @jest-environment-options {"template":"seeded"} */
import fc from "fast-check";
import { getDb } from "@/lib/db";
import { MAX_PAIRS_PER_CHECKOUT } from "@/lib/checkout/hold-limits";
import { orderTotalCents } from "@/lib/checkout/order-totals";
import { checkoutSessionParams } from "@/lib/checkout/session-params";
import { useStripeHarness } from "../stripe/harness";
import { cartWith, checkout, pickVariants } from "../stripe/shop";

const harness = useStripeHarness();

const cents = fc.integer({ min: 0, max: 2_000_000 });
const quantity = fc.integer({ min: 1, max: 10 });

describe("case 13: integer cents totals always equal the sum of the lines", () => {
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

  it("for random carts checked out against the database and the Stripe stand-in, order = Σ lines = session amount_total", async () => {
    const pool = await pickVariants(12, 1);
    await getDb().variant.updateMany({
      where: { id: { in: pool.map((variant) => variant.id) } },
      data: { stock: 10_000 },
    });
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
        async (picks) => {
          for (const pick of picks) {
            await getDb().variant.update({
              where: { id: pool[pick.index]!.id },
              data: { priceCentsOverride: pick.priceOverride },
            });
          }
          const cookie = await cartWith(picks.map((pick) => ({ sku: pool[pick.index]!.sku, quantity: pick.quantity })));
          const response = await checkout(cookie);
          expect(response.status).toBe(201);
          const order = await getDb().order.findUniqueOrThrow({
            where: { id: response.body.orderId as string },
            include: { lines: true },
          });
          const expected = picks.reduce(
            (sum, pick) => sum + (pick.priceOverride ?? pool[pick.index]!.product.priceCents) * pick.quantity,
            0,
          );
          expect(order.totalCents).toBe(expected);
          expect(order.totalCents).toBe(
            order.lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0),
          );
          const session = harness.standIn.getSession(response.body.sessionId as string)!;
          expect(session.session.amount_total).toBe(order.totalCents);
          expect(session.lineItems.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0)).toBe(
            order.totalCents,
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

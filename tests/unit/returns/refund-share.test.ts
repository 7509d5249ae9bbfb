import { refundForPairs } from "@/lib/returns/refund-share";
import { returnablePairs } from "@/lib/returns/returnable-pairs";

describe("a return's share of the payment", () => {
  it("splits a discounted, taxed payment across returns without ever passing it", () => {
    // Three pairs at $129.95, $99.00 and $99.00, 15 % off, tax added, $7.50 shipping.
    const linesCents = 12995 + 9900 + 9900;
    const order = { totalCents: 30117, shippingCents: 750, linesCents };
    const goods = order.totalCents - order.shippingCents;
    for (const sequence of [
      [12995, 9900, 9900],
      [9900, 9900, 12995],
      [9900, 12995, 9900],
    ]) {
      let already = 0;
      let refunded = 0;
      for (const pairs of sequence) {
        const refund = refundForPairs(order, already, pairs, { refundShipping: false });
        expect(refund).toBeGreaterThan(0);
        refunded += refund;
        already += pairs;
        expect(refunded).toBeLessThanOrEqual(goods);
      }
      expect(refunded).toBe(goods);
    }
  });

  it("refunds shipping only with the pairs that complete the order, and only when the policy says so", () => {
    const order = { totalCents: 20750, shippingCents: 750, linesCents: 20000 };
    expect(refundForPairs(order, 0, 10000, { refundShipping: true })).toBe(10000);
    expect(refundForPairs(order, 10000, 10000, { refundShipping: true })).toBe(10750);
    expect(refundForPairs(order, 10000, 10000, { refundShipping: false })).toBe(10000);
  });

  it("gives nothing for pairs past what the order had, or for an order that cost nothing", () => {
    const order = { totalCents: 10000, shippingCents: 0, linesCents: 10000 };
    expect(refundForPairs(order, 10000, 5000, { refundShipping: true })).toBe(0);
    expect(refundForPairs({ totalCents: 0, shippingCents: 0, linesCents: 0 }, 0, 5000, { refundShipping: true })).toBe(
      0,
    );
  });

  it("counts the pairs left on each line, giving back a declined return's pairs", () => {
    const left = returnablePairs(
      [
        { id: "a", quantity: 2 },
        { id: "b", quantity: 1 },
      ],
      [
        { orderLineId: "a", quantity: 1, status: "REQUESTED" },
        { orderLineId: "a", quantity: 1, status: "DECLINED" },
        { orderLineId: "b", quantity: 1, status: "REFUNDED" },
      ],
    );
    expect(Object.fromEntries(left)).toEqual({ a: 1, b: 0 });
  });
});

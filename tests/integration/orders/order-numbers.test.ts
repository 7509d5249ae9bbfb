/** @jest-environment-options {"template":"seeded"} */
import { getDb } from "@/lib/db";
import { formatOrderNumber, parseOrderNumber } from "@/lib/orders/order-number";
import { useStripeHarness } from "../stripe/harness";
import { cartWith, checkout, pickVariants } from "../stripe/shop";

// Short human order numbers (decision 0019): from one PostgreSQL sequence, so orders created at
// the same moment still get distinct numbers, in the order their rows were written.

useStripeHarness();

describe("order numbers", () => {
  it("20 checkouts at once get 20 distinct, consecutive numbers", async () => {
    const variants = await pickVariants(20, 2);
    const carts = await Promise.all(variants.map((variant) => cartWith([{ sku: variant.sku, quantity: 1 }])));
    const before = await getDb().order.aggregate({ _max: { orderNumber: true } });
    const started = await Promise.all(carts.map((cookie) => checkout(cookie)));
    expect(started.map((response) => response.status)).toEqual(Array(20).fill(201));
    const orders = await getDb().order.findMany({
      where: { id: { in: started.map((response) => response.body.orderId as string) } },
      select: { orderNumber: true },
    });
    const numbers = orders.map((order) => order.orderNumber).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(20);
    const first = numbers[0]!;
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, index) => first + index));
    expect(first).toBe((before._max.orderNumber ?? 1000) + 1);
    expect(first).toBeGreaterThan(1000);
  });

  it("reads as SS-<number> and parses back from what people type", () => {
    expect(formatOrderNumber(1042)).toBe("SS-1042");
    for (const typed of ["SS-1042", "ss 1042", " 1042 ", "SS1042"]) expect(parseOrderNumber(typed)).toBe(1042);
    for (const typed of ["SS-", "1042a", "cm123", ""]) expect(parseOrderNumber(typed)).toBeNull();
  });

  it("a database refuses a second order with the same number", async () => {
    const [row] = await getDb().order.findMany({ take: 1, select: { orderNumber: true } });
    await expect(
      getDb().order.create({
        data: { accessToken: "duplicate-number-test", currency: "usd", totalCents: 0, orderNumber: row!.orderNumber },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
  });
});

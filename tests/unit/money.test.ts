import fc from "fast-check";
import { centsToDecimalString, formatMoney, parseDecimalToCents, sumLineTotals } from "@/lib/money";

describe("formatMoney", () => {
  it("formats integer cents in the currency, whatever case the code is in", () => {
    expect(formatMoney(12995, "usd")).toBe("$129.95"); // $129.95
    expect(formatMoney(12995, "USD")).toBe("$129.95");
    expect(formatMoney(0, "usd")).toBe("$0.00");
    expect(formatMoney(5, "usd")).toBe("$0.05");
    expect(formatMoney(123456789, "usd")).toBe("$1,234,567.89");
  });

  it("uses the currency's own symbol", () => {
    expect(formatMoney(9900, "gbp")).toBe("£99.00");
    expect(formatMoney(9900, "eur")).toBe("€99.00");
  });
});

describe("centsToDecimalString", () => {
  it.each([
    [12995, "129.95"],
    [10000, "100.00"],
    [5, "0.05"],
    [0, "0.00"],
    [-250, "-2.50"],
  ])("%i → %s", (cents, text) => {
    expect(centsToDecimalString(cents)).toBe(text);
  });

  it("refuses fractions of a cent and unsafe integers", () => {
    expect(() => centsToDecimalString(1.5)).toThrow(RangeError);
    expect(() => centsToDecimalString(Number.NaN)).toThrow(RangeError);
    expect(() => centsToDecimalString(2 ** 60)).toThrow(RangeError);
  });
});

describe("parseDecimalToCents", () => {
  it.each([
    ["129.95", 12995],
    ["129.9", 12990],
    ["129", 12900],
    ["0.05", 5],
    [" 7.10 ", 710],
    ["0", 0],
  ])("%j → %i", (text, cents) => {
    expect(parseDecimalToCents(text)).toBe(cents);
  });

  it.each(["1.999", "-1", "abc", "", "1.", ".5", "1,000.00", "1e3", "12.3.4", "1 000"])("rejects %j", (text) => {
    expect(parseDecimalToCents(text)).toBeNull();
  });

  it("round-trips every cents value through its decimal string, with no float error", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (cents) => {
        expect(parseDecimalToCents(centsToDecimalString(cents))).toBe(cents);
      }),
    );
  });
});

describe("sumLineTotals", () => {
  it("adds quantity × unit price over the lines", () => {
    expect(sumLineTotals([])).toBe(0);
    expect(
      sumLineTotals([
        { unitPriceCents: 12995, quantity: 2 }, // 2 × $129.95
        { unitPriceCents: 8999, quantity: 1 }, // $89.99
      ]),
    ).toBe(34989); // $349.89
  });

  it("equals the sum of each line's total for random carts (integer cents, no rounding)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            unitPriceCents: fc.integer({ min: 0, max: 100_000 }),
            quantity: fc.integer({ min: 1, max: 10 }),
          }),
          { maxLength: 20 },
        ),
        (lines) => {
          const total = sumLineTotals(lines);
          expect(Number.isInteger(total)).toBe(true);
          let expected = 0;
          for (const line of lines) expected += line.unitPriceCents * line.quantity;
          expect(total).toBe(expected);
        },
      ),
    );
  });
});

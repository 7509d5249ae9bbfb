import { FIT_RETURN_REASONS, signalFromReturn } from "@/lib/fit/learned-fit/return-reason-signal";
import { RETURN_REASONS } from "@/lib/returns/return-reasons";

// A return's reason becomes a fit signal; reasons that say nothing about fit become none.

const at = new Date("2026-11-01T00:00:00Z");
const pair = (reason: string) => ({ reason, sizeLabel: "9", widthCode: "D", footLengthMm: 268, at });

describe("signalFromReturn", () => {
  it.each([
    ["too_small", { length: "short", width: null }],
    ["too_big", { length: "long", width: null }],
    ["too_narrow", { length: null, width: "tight" }],
    ["too_wide", { length: null, width: "loose" }],
    ["heel_slips", { length: null, width: null, heel: "slips" }],
  ])("%s gives %o", (reason, feel) => {
    expect(signalFromReturn(pair(reason))).toMatchObject({
      ...feel,
      sizeLabel: "9",
      widthCode: "D",
      footLengthMm: 268,
      widthNeedCode: null,
      source: "return",
      at,
    });
  });

  it.each(["uncomfortable", "not_as_pictured", "faulty", "changed_mind", "toString", "nonsense"])(
    "%s gives no fit signal",
    (reason) => {
      expect(signalFromReturn(pair(reason))).toBeNull();
    },
  );

  it("copies only reason codes the returns form really offers (lib/returns/return-reasons.ts)", () => {
    for (const reason of FIT_RETURN_REASONS) expect(RETURN_REASONS).toContain(reason);
    expect(RETURN_REASONS.filter((r) => r.startsWith("too_"))).toEqual(
      FIT_RETURN_REASONS.filter((r) => r.startsWith("too_")),
    );
  });
});

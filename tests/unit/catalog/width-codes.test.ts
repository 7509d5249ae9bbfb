import {
  WIDTH_CODE_BY_NEED,
  WIDTH_CODES,
  describeWidth,
  isWidthCode,
  widthCodesFor,
  widthNeedFor,
} from "@/lib/catalog/width-codes";

// docs/product-spec.md §4.4 width table: need → code per range.
describe("width code tables", () => {
  it.each([
    ["extra_narrow", "2A", "4A"],
    ["narrow", "B", "2A"],
    ["standard", "D", "B"],
    ["wide", "2E", "D"],
    ["extra_wide", "4E", "2E"],
    ["xx_wide", "6E", "4E"],
  ] as const)("%s is %s for men and %s for women", (need, men, women) => {
    expect(WIDTH_CODE_BY_NEED.men[need]).toBe(men);
    expect(WIDTH_CODE_BY_NEED.women[need]).toBe(women);
  });

  it("lists each range's codes narrowest first", () => {
    expect(widthCodesFor("men")).toEqual(["2A", "B", "D", "2E", "4E", "6E"]);
    expect(widthCodesFor("women")).toEqual(["4A", "2A", "B", "D", "2E", "4E"]);
  });
});

describe("widthNeedFor", () => {
  it("reads D as standard for men but wide for women", () => {
    expect(widthNeedFor("men", "D")).toBe("standard");
    expect(widthNeedFor("women", "D")).toBe("wide");
    expect(describeWidth("men", "D")).toBe("D (standard)");
    expect(describeWidth("women", "D")).toBe("D (wide)");
  });

  it("inverts the table for every code a range uses", () => {
    for (const range of ["men", "women"] as const) {
      for (const [need, code] of Object.entries(WIDTH_CODE_BY_NEED[range])) {
        expect(widthNeedFor(range, code)).toBe(need);
      }
    }
  });

  it("gives null for a code the range doesn't use", () => {
    expect(widthNeedFor("men", "4A")).toBeNull();
    expect(widthNeedFor("women", "6E")).toBeNull();
    expect(describeWidth("women", "6E")).toBe("6E");
  });
});

describe("isWidthCode", () => {
  it("accepts the seven codes and nothing else", () => {
    for (const code of WIDTH_CODES) expect(isWidthCode(code)).toBe(true);
    for (const bad of ["ZZ", "d", "3E", "", "EE"]) expect(isWidthCode(bad)).toBe(false);
  });
});

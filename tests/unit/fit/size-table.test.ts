import { chartLabelFor, sameSizeLabel } from "@/lib/fit/size-chart";
import { footLengthMm, genericUsSize, shopperFootLengthMm } from "@/lib/fit/size-table";

describe("footLengthMm (generic table)", () => {
  it("anchors US men's 8 at 260 mm and adds 8.5 mm per full size", () => {
    expect(footLengthMm({ system: "US", value: 8 }, "men")).toBe(260);
    expect(footLengthMm({ system: "US", value: 11 }, "men")).toBe(285.5);
    expect(footLengthMm({ system: "US", value: 7.5 }, "men")).toBe(255.75);
  });

  it("reads US women's as men's + 1.5", () => {
    expect(footLengthMm({ system: "US", value: 9.5 }, "women")).toBe(260);
    expect(footLengthMm({ system: "US", value: 9 }, "women")).toBe(footLengthMm({ system: "US", value: 7.5 }, "men"));
  });

  it("reads UK as 0.75 below US men's, the same for both ranges", () => {
    expect(footLengthMm({ system: "UK", value: 7.25 }, "men")).toBe(260);
    expect(footLengthMm({ system: "UK", value: 8 }, "women")).toBe(footLengthMm({ system: "UK", value: 8 }, "men"));
  });

  it("reads EU as 1.5 × (cm + 1.5)", () => {
    expect(footLengthMm({ system: "EU", value: 42 }, "men")).toBeCloseTo(265, 6);
    expect(footLengthMm({ system: "EU", value: 39 }, "women")).toBeCloseTo(245, 6);
  });

  it("passes a measured foot length straight through", () => {
    expect(footLengthMm({ footLengthMm: 271 }, "women")).toBe(271);
  });

  it("reads a US size with range both on the men's scale", () => {
    expect(shopperFootLengthMm({ system: "US", value: 9 }, "both")).toBe(268.5);
    expect(shopperFootLengthMm({ system: "US", value: 9 }, "women")).toBe(255.75);
  });

  it("turns mm back into the nearest generic US half size", () => {
    expect(genericUsSize(285.5, "men")).toBe(11);
    expect(genericUsSize(255.75, "women")).toBe(9);
  });
});

describe("chartLabelFor", () => {
  const chart = [
    { size: "10", minMm: 275, maxMm: 279 },
    { size: "10.5", minMm: 280, maxMm: 283 },
    { size: "11", minMm: 283, maxMm: 287 },
    { size: "12", minMm: 292, maxMm: 296 },
  ];

  it("finds the label holding the rounded foot length", () => {
    expect(chartLabelFor(chart, 276.4)).toEqual({ size: "10", betweenSizes: false });
    expect(chartLabelFor(chart, 285.5)).toEqual({ size: "11", betweenSizes: false });
  });

  it("takes the larger label where two overlap, and says the foot is between sizes", () => {
    expect(chartLabelFor(chart, 283)).toEqual({ size: "11", betweenSizes: true });
  });

  it("takes the next size up across a gap, and at the very top of a label says so", () => {
    expect(chartLabelFor(chart, 289)).toEqual({ size: "12", betweenSizes: true });
    expect(chartLabelFor(chart, 279)).toEqual({ size: "10", betweenSizes: true });
  });

  it("has no label beyond either end of the chart", () => {
    expect(chartLabelFor(chart, 270)).toBeNull();
    expect(chartLabelFor(chart, 300)).toBeNull();
    expect(chartLabelFor([], 280)).toBeNull();
  });

  it("compares labels by number when both are numbers", () => {
    expect(sameSizeLabel("10.50", "10.5")).toBe(true);
    expect(sameSizeLabel("10", "10.5")).toBe(false);
    expect(sameSizeLabel("M", "M")).toBe(true);
  });
});

import { neededWidth, nextRoomierWidth } from "@/lib/fit/width-need";

describe("neededWidth", () => {
  it.each([
    ["loose", "B", "2A"],
    ["just_right", "D", "B"],
    ["bit_tight", "2E", "D"],
    ["very_tight", "4E", "2E"],
  ] as const)("%s → men's %s, women's %s", (feel, men, women) => {
    expect(neededWidth(feel, "men")).toEqual({ code: men, unsure: false });
    expect(neededWidth(feel, "women")).toEqual({ code: women, unsure: false });
  });

  it("maps unsure to standard and flags it for a fit note", () => {
    expect(neededWidth("unsure", "men")).toEqual({ code: "D", unsure: true });
    expect(neededWidth("unsure", "women")).toEqual({ code: "B", unsure: true });
  });

  it("keeps a code the shopper already wears exactly, in either range", () => {
    expect(neededWidth({ code: "D" }, "men")).toEqual({ code: "D", unsure: false });
    expect(neededWidth({ code: "D" }, "women")).toEqual({ code: "D", unsure: false });
  });
});

describe("nextRoomierWidth", () => {
  it("steps one width up within the range", () => {
    expect(nextRoomierWidth("4E", "men")).toBe("6E");
    expect(nextRoomierWidth("D", "women")).toBe("2E");
    expect(nextRoomierWidth("B", "men")).toBe("D");
  });

  it("has nothing roomier than the widest code, or for a code the range doesn't use", () => {
    expect(nextRoomierWidth("6E", "men")).toBeNull();
    expect(nextRoomierWidth("4E", "women")).toBeNull();
    expect(nextRoomierWidth("6E", "women")).toBeNull();
  });
});

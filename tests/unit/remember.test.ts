import { remember } from "@/lib/remember";

// Each test uses its own names: what remember holds outlives a test, as it outlives a module.

describe("remember", () => {
  it("makes the value once and hands the same one back", () => {
    const factory = jest.fn(() => ({ pool: "first" }));
    const first = remember("test.once", factory);
    expect(remember("test.once", factory)).toBe(first);
    expect(factory).toHaveBeenCalledTimes(1);
  });

  it("keeps each name's value apart", () => {
    expect(remember("test.a", () => "a")).toBe("a");
    expect(remember("test.b", () => "b")).toBe("b");
    expect(remember("test.a", () => "other")).toBe("a");
  });

  it("replaces the held value when isStale says so, and holds the new one", () => {
    let key = "k1";
    const make = () => ({ key, client: Symbol(key) });
    const get = () => remember("test.stale", make, { isStale: (held) => held.key !== key });
    const first = get();
    expect(get()).toBe(first);
    key = "k2";
    const second = get();
    expect(second).not.toBe(first);
    expect(second.key).toBe("k2");
    expect(get()).toBe(second);
  });

  it("asks isStale about the held value, not a fresh one", () => {
    const isStale = jest.fn(() => false);
    const held = remember("test.asked", () => ({ n: 1 }), { isStale });
    remember("test.asked", () => ({ n: 2 }), { isStale });
    expect(isStale).toHaveBeenCalledTimes(1);
    expect(isStale).toHaveBeenCalledWith(held);
  });

  it("holds a falsy value as a value", () => {
    const factory = jest.fn(() => 0);
    remember("test.zero", factory);
    expect(remember("test.zero", factory)).toBe(0);
    expect(factory).toHaveBeenCalledTimes(1);
  });

  it("holds nothing when the factory throws, so the next call tries again", () => {
    expect(() =>
      remember("test.throws", () => {
        throw new Error("cannot connect");
      }),
    ).toThrow("cannot connect");
    expect(remember("test.throws", () => "connected")).toBe("connected");
  });

  it("is shared by every copy of the module, as Next's separate bundles load it", () => {
    const held = remember("test.shared", () => ({ shared: true }));
    let other: typeof remember | undefined;
    jest.isolateModules(() => {
      other = (jest.requireActual("@/lib/remember") as typeof import("@/lib/remember")).remember;
    });
    expect(other).toBeDefined();
    expect(other).not.toBe(remember);
    expect(other?.("test.shared", () => ({ shared: false }))).toBe(held);
  });
});

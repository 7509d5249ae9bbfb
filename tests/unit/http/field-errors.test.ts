import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { fieldErrors } from "@/lib/errors/field-errors";

// Review F7: fieldErrors() built a null-prototype object, which React refuses to send from a
// Server Action, so every validation error an action returned arrived as an error instead.

describe("fieldErrors", () => {
  it("returns a plain object, which React can send from a Server Action", () => {
    const result = z.object({ sku: z.string(), quantity: z.number() }).safeParse({ quantity: "2" });
    const fields = fieldErrors(result.error!);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(fields).toEqual({ sku: expect.any(String), quantity: expect.any(String) });
  });

  it("keeps fields named __proto__ and constructor as fields of their own, without touching any prototype", () => {
    const body = JSON.parse('{"__proto__":{"polluted":true},"constructor":1,"toString":2}') as unknown;
    const result = z.strictObject({}).safeParse(body);
    const fields = fieldErrors(result.error!);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(Object.keys(fields).sort()).toEqual(["__proto__", "constructor", "toString"]);
    expect(Object.getOwnPropertyDescriptor(fields, "__proto__")?.value).toBe("Unknown field");
    expect(JSON.parse(JSON.stringify(fields))).toEqual(
      JSON.parse('{"__proto__":"Unknown field","constructor":"Unknown field","toString":"Unknown field"}'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const nested = z
      .unknown()
      .superRefine((_, ctx) => ctx.addIssue({ code: "custom", path: ["__proto__"], message: "Not this" }))
      .safeParse({});
    const nestedFields = fieldErrors(nested.error!);
    expect(Object.getOwnPropertyDescriptor(nestedFields, "__proto__")?.value).toBe("Not this");
    expect(Object.getPrototypeOf(nestedFields)).toBe(Object.prototype);
  });

  it("keeps the first message for a path", () => {
    const result = z.object({ a: z.string().min(3, "first").regex(/x/, "second") }).safeParse({ a: "b" });
    expect(fieldErrors(result.error!)).toEqual({ a: "first" });
  });
});

/** @jest-environment-options {"template":"seeded"} */
import fc from "fast-check";
import { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { expectWarning } from "../../support/expect-warning";
import { addItem, deleteItem, getCartJson, patchItem, pickVariants, setStock } from "../stripe/shop";

afterAll(async () => {
  await getDb().$disconnect();
});

describe("cart JSON API", () => {
  it("adds to a new guest cart: httpOnly random cookie, lines priced from the database, no price taken from the client", async () => {
    const [variant] = await pickVariants(1, 3);
    const { POST } = await import("@/app/api/cart/items/route");
    const response = await POST(
      new NextRequest("http://localhost:3000/api/cart/items", {
        method: "POST",
        body: JSON.stringify({ sku: variant!.sku, quantity: 2, price: 1, unitPriceCents: 1 }),
      }),
    );
    expect(response.status).toBe(201);
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^cart_id=[A-Za-z0-9_-]{32};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=lax/i);
    const body = (await response.json()) as {
      lines: { sku: string; unitPriceCents: number; quantity: number; lineTotalCents: number; stock: number }[];
      subtotalCents: number;
      itemCount: number;
    };
    expect(body.lines).toEqual([
      expect.objectContaining({
        sku: variant!.sku,
        unitPriceCents: variant!.priceCents,
        quantity: 2,
        lineTotalCents: variant!.priceCents * 2,
        stock: variant!.stock,
      }),
    ]);
    expect(body.subtotalCents).toBe(variant!.priceCents * 2);
    expect(body.itemCount).toBe(2);
    const cartId = /cart_id=([^;]+)/.exec(setCookie)![1]!;
    const rows = await getDb().cartLine.findMany({ where: { cartId } });
    expect(rows).toEqual([expect.objectContaining({ variantId: variant!.id, quantity: 2 })]);
  });

  it("adding the same SKU again adds to its line, up to 10", async () => {
    const [variant] = await pickVariants(1, 10);
    await setStock(variant!.sku, 12);
    const first = await addItem(null, { sku: variant!.sku, quantity: 6 });
    const second = await addItem(first.cookie, { sku: variant!.sku, quantity: 4 });
    expect(second.status).toBe(201);
    expect((second.body.lines as { quantity: number }[])[0]!.quantity).toBe(10);
    const third = await addItem(first.cookie, { sku: variant!.sku, quantity: 1 });
    expect(third.status).toBe(400);
    expect(third.body.fields).toEqual({ quantity: expect.stringMatching(/at most 10/) });
    expect((await getDb().cartLine.findFirstOrThrow({ where: { variantId: variant!.id } })).quantity).toBe(10);
  });

  it("case 11: bad quantities get 400 with field errors: 0, -1, 1.5, text, huge values, or an unknown SKU", async () => {
    const [variant] = await pickVariants(1, 2);
    const cases: [unknown, string][] = [
      [{ sku: variant!.sku, quantity: 0 }, "quantity"],
      [{ sku: variant!.sku, quantity: -1 }, "quantity"],
      [{ sku: variant!.sku, quantity: 1.5 }, "quantity"],
      [{ sku: variant!.sku, quantity: "two" }, "quantity"],
      [{ sku: variant!.sku, quantity: "2" }, "quantity"],
      [{ sku: variant!.sku, quantity: 1e9 }, "quantity"],
      [{ sku: variant!.sku, quantity: 11 }, "quantity"],
      [{ sku: variant!.sku }, "quantity"],
      [{ sku: variant!.sku, quantity: null }, "quantity"],
      [{ sku: "NO-SUCH-SKU-1", quantity: 1 }, "sku"],
      [{ sku: "", quantity: 1 }, "sku"],
      [{ sku: 42, quantity: 1 }, "sku"],
      [{ sku: "<script>", quantity: 1 }, "sku"],
    ];
    for (const [body, field] of cases) {
      const response = await addItem(null, body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(Object.keys(response.body.fields as object)).toContain(field);
      expect(response.body.error).toBe("invalid_input");
    }
    const cart = await addItem(null, { sku: variant!.sku, quantity: 1 });
    for (const quantity of [0, -1, 1.5, "two", 1e9]) {
      const response = await patchItem(cart.cookie, variant!.sku, { quantity });
      expect(response.status).toBe(400);
      expect(response.body.fields).toHaveProperty("quantity");
    }
    const unknown = await patchItem(cart.cookie, "NO-SUCH-SKU-1", { quantity: 1 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toHaveProperty("sku");
    expect(await getDb().cartLine.count({ where: { variantId: variant!.id } })).toBe(1);
    expect((await getDb().cartLine.findFirstOrThrow({ where: { variantId: variant!.id } })).quantity).toBe(1);
  });

  it("answers malformed JSON with 400 and oversized bodies with 413", async () => {
    const [variant] = await pickVariants(1, 2);
    const malformed = await addItem(null, "{not json");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toBe("invalid_json");
    const huge = await addItem(null, JSON.stringify({ sku: variant!.sku, quantity: 1, padding: "x".repeat(20_000) }));
    expect(huge.status).toBe(413);
    // A body without Content-Length (streamed) is cut off at the limit too.
    const { POST } = await import("@/app/api/cart/items/route");
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode("x".repeat(1024)));
        controller.close();
      },
    });
    const streamed = await POST(
      new NextRequest("http://localhost:3000/api/cart/items", {
        method: "POST",
        body: stream,
        duplex: "half",
      } as ConstructorParameters<typeof NextRequest>[1]),
    );
    expect(streamed.status).toBe(413);
    expect(await getDb().cartLine.count({ where: { variantId: variant!.id } })).toBe(0);
  });

  it("refuses more than is in stock, with the number left", async () => {
    const [variant] = await pickVariants(1, 2);
    await setStock(variant!.sku, 2);
    const response = await addItem(null, { sku: variant!.sku, quantity: 3 });
    expect(response.status).toBe(409);
    expect(response.body.fields).toEqual({ quantity: "Only 2 left in this size" });
    await setStock(variant!.sku, 0);
    const soldOut = await addItem(null, { sku: variant!.sku, quantity: 1 });
    expect(soldOut.status).toBe(409);
    expect(soldOut.body.error).toBe("sold_out");
  });

  it("changes a quantity, removes a line, and shows an empty cart", async () => {
    const [a, b] = await pickVariants(2, 5);
    const first = await addItem(null, { sku: a!.sku, quantity: 1 });
    await addItem(first.cookie, { sku: b!.sku, quantity: 1 });
    const patched = await patchItem(first.cookie, a!.sku, { quantity: 4 });
    expect(patched.status).toBe(200);
    expect(
      (patched.body.lines as { sku: string; quantity: number }[]).find((line) => line.sku === a!.sku)!.quantity,
    ).toBe(4);
    expect(patched.body.subtotalCents).toBe(a!.priceCents * 4 + b!.priceCents);
    const removed = await deleteItem(first.cookie, b!.sku);
    expect(removed.status).toBe(200);
    expect((removed.body.lines as unknown[]).length).toBe(1);
    expect((await deleteItem(first.cookie, b!.sku)).status).toBe(404);
    await deleteItem(first.cookie, a!.sku);
    const empty = await getCartJson(first.cookie);
    expect(empty.body).toMatchObject({ lines: [], itemCount: 0, subtotalCents: 0 });
    // No cookie at all: an empty cart, and no cookie is issued by a read.
    const { GET } = await import("@/app/api/cart/route");
    const anonymous = await GET(new NextRequest("http://localhost:3000/api/cart"));
    expect(anonymous.headers.get("set-cookie")).toBeNull();
    expect(await anonymous.json()).toMatchObject({ lines: [], itemCount: 0 });
  });

  it("ignores cookie values that aren't cart ids, and keeps carts apart", async () => {
    const [variant] = await pickVariants(1, 3);
    const mine = await addItem(null, { sku: variant!.sku, quantity: 1 });
    const forged = await addItem('\'; DROP TABLE "Cart";--', { sku: variant!.sku, quantity: 1 });
    expect(forged.status).toBe(201);
    expect(forged.cookie).not.toBe(mine.cookie);
    expect(forged.cookie).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect((await getCartJson(mine.cookie)).body.itemCount).toBe(1);
    expect((await getCartJson(forged.cookie)).body.itemCount).toBe(1);
    expect(await getDb().cart.count()).toBeGreaterThanOrEqual(2);
  });

  it("rejects cross-site writes", async () => {
    const [variant] = await pickVariants(1, 2);
    const { POST } = await import("@/app/api/cart/items/route");
    const attempts: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
    ];
    const refused = expectWarning(/^Refused cross-site POST \/api\/cart\/items: /);
    for (const headers of attempts) {
      const response = await POST(
        new NextRequest("http://localhost:3000/api/cart/items", {
          method: "POST",
          headers,
          body: JSON.stringify({ sku: variant!.sku, quantity: 1 }),
        }),
      );
      expect(response.status).toBe(403);
    }
    expect(refused).toHaveLength(attempts.length);
    expect(await getDb().cartLine.count({ where: { variantId: variant!.id } })).toBe(0);
  });

  it("never answers fuzzed bodies with a 5xx (1,000 inputs across add, change and checkout)", async () => {
    const [variant] = await pickVariants(1, 3);
    const cart = await addItem(null, { sku: variant!.sku, quantity: 1 });
    const { checkout } = await import("../stripe/shop");
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          sku: fc.oneof(fc.string(), fc.constant(variant!.sku), fc.jsonValue()),
          quantity: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.jsonValue()),
        },
        { requiredKeys: [] },
      ),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("add", "patch", "checkout"), body, async (route, value) => {
        const raw = typeof value === "string" ? value : JSON.stringify(value);
        const response =
          route === "add"
            ? await addItem(cart.cookie, raw)
            : route === "patch"
              ? await patchItem(cart.cookie, variant!.sku, raw)
              : await checkout(null, raw);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 1_000 },
    );
  });
});

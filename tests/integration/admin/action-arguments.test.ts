/** @jest-environment-options {"template":"seeded"} */
import { mockRequest, SAME_ORIGIN_HEADERS as SAME_ORIGIN } from "../../support/next-request-mocks";
import { expectWarning } from "../../support/expect-warning";
import { getDb } from "@/lib/db";
import { UNSTORABLE_TEXT_MESSAGE } from "@/lib/admin/run-admin-action";
import { dbFingerprint } from "./db-fingerprint";
import { createStaff, signInCookie } from "./support";

import { saveArticleAction } from "@/lib/admin/content/article-actions";
import { saveBrandAction } from "@/lib/admin/content/brand-actions";
import { saveCollectionAction } from "@/lib/admin/content/collection-actions";
import { cancelOrderAction, shipOrderAction } from "@/lib/admin/orders/order-actions";
import {
  createProductAction,
  removeImageAction,
  saveVariantGridAction,
  updateProductAction,
} from "@/lib/admin/catalog/product-actions";
import { createStaffAction } from "@/lib/admin/staff/staff-actions";

// Review F7: admin Server Actions are public endpoints called with whatever arguments a client
// sends. Every one answers a state for its form (runAdminAction), never throws, and its field
// errors are plain objects React can send. Text the database can't store (a NUL byte, a lone
// surrogate) is refused before any work, not turned into a logged database error.

describe("admin Server Actions and malformed arguments", () => {
  let cookie: string;

  beforeAll(async () => {
    await createStaff("owner@example.com", "owner");
    cookie = await signInCookie("owner@example.com");
    mockRequest({ cookie, headers: SAME_ORIGIN });
  });

  it("answer the wrong argument shapes with field errors in a plain object", async () => {
    const before = await dbFingerprint();
    const results = [
      await createProductAction(["true", "${7*7}"]),
      await createProductAction(JSON.parse('{"__proto__":{"name":"x"},"constructor":{"prototype":1}}')),
      await saveArticleAction(null, { title: "a" }),
      await saveBrandAction(null, [[[[]]]]),
      await saveCollectionAction({ id: 1 }, null),
      await updateProductAction(12, null, "values"),
      await shipOrderAction([], { trackingNumber: { $gt: "" } }),
      await saveVariantGridAction("x".repeat(5_000), "cells"),
      await createStaffAction({ email: "new@example.com", role: "owner", password: 7 }),
    ];
    for (const result of results) {
      expect(result).toMatchObject({ ok: false, message: expect.any(String) });
      if (result.fields) expect(Object.getPrototypeOf(result.fields)).toBe(Object.prototype);
    }
    expect(results[0]).toEqual({
      ok: false,
      message: "Please fix the highlighted fields.",
      fields: { _: expect.any(String) },
    });
    expect(results[2]?.fields).toMatchObject({ title: expect.any(String) });
    expect(await dbFingerprint()).toEqual(before);
  });

  it("refuse text the database can't store anywhere in their arguments, before any work and without logging an error", async () => {
    const before = await dbFingerprint();
    const image = await getDb().productImage.findFirstOrThrow();
    const product = await getDb().product.findFirstOrThrow();
    const unstorable = { ok: false, message: UNSTORABLE_TEXT_MESSAGE };
    expect(await removeImageAction("\ud800")).toEqual(unstorable);
    expect(await removeImageAction(`${image.id}\u0000`)).toEqual(unstorable);
    expect(await cancelOrderAction("a\u0000b")).toEqual(unstorable);
    expect(
      await saveArticleAction(null, {
        title: "Walking \udfff",
        slug: "walking",
        summary: "s",
        body: "b",
        tags: [],
        published: false,
      }),
    ).toEqual(unstorable);
    expect(
      await updateProductAction(product.id, "", { name: "ok", description: ["fine", { deep: "a\u0000" }] }),
    ).toEqual(unstorable);
    expect(await createStaffAction(JSON.parse('{"email\\u0000":"x@example.com"}'))).toEqual(unstorable);
    expect(await dbFingerprint()).toEqual(before);
    expect(await getDb().productImage.count({ where: { id: image.id } })).toBe(1);
  });

  it("answer a Host header that is no host name with a refusal, not a throw", async () => {
    expectWarning(/^Refused cross-site Server Action/);
    try {
      for (const host of ["a b", "%00", "localhost:99999"]) {
        mockRequest({ cookie, headers: { ...SAME_ORIGIN, host } });
        expect([host, await cancelOrderAction("x")]).toEqual([
          host,
          { ok: false, message: "This request came from another site and was refused." },
        ]);
      }
      // Without an Origin nothing says it's cross-site: the session is checked and the arguments parsed.
      mockRequest({ cookie, headers: { host: "a b" } });
      expect(await cancelOrderAction("x")).toMatchObject({
        ok: false,
        message: expect.not.stringContaining("another site"),
      });
    } finally {
      mockRequest({ cookie, headers: SAME_ORIGIN });
    }
  });
});

/** @jest-environment-options {"template":"seeded"} */
import { expectRedirect, mockRequest } from "../../support/next-request-mocks";
import { getDb } from "@/lib/db";
import { deactivateDiscountCodeAction, saveDiscountCodeAction } from "@/lib/admin/discounts/discount-code-actions";
import { createStaff, signInCookie } from "../admin/support";

// Staff create, edit and deactivate discount codes (decision 0020): bad input comes back as field
// errors (never a thrown 5xx), codes are unique whatever their case, every change is audited, a
// usage limit can't go below the uses already counted, and no session means no change.

const valid = {
  code: "welcome15",
  description: "Newsletter",
  kind: "percent" as const,
  value: "15",
  minSubtotal: "50",
  startsOn: "2026-01-01",
  endsOn: "2026-12-31",
  usageLimit: "100",
  oncePerEmail: true,
  collectionId: "",
  active: true,
};

describe("admin discount codes", () => {
  beforeAll(async () => {
    await createStaff("codes@example.com");
    mockRequest({
      cookie: await signInCookie("codes@example.com"),
      headers: { origin: "http://localhost", "sec-fetch-site": "same-origin" },
    });
  });

  it("creates, edits and deactivates a code, auditing each change", async () => {
    const created = await saveDiscountCodeAction(null, valid);
    expect(created).toMatchObject({ ok: true, id: expect.any(String) });
    const id = created.id as string;
    expect(await getDb().discountCode.findUniqueOrThrow({ where: { id } })).toMatchObject({
      code: "WELCOME15",
      percentBps: 1_500,
      amountOffCents: null,
      minSubtotalCents: 5_000,
      startsAt: new Date("2026-01-01T00:00:00.000Z"),
      // The last day counts in full.
      endsAt: new Date("2027-01-01T00:00:00.000Z"),
      usageLimit: 100,
      oncePerEmail: true,
      active: true,
    });
    expect(
      await saveDiscountCodeAction(id, { ...valid, kind: "amount", value: "12.50", usageLimit: "", endsOn: "" }),
    ).toMatchObject({ ok: true });
    expect(await getDb().discountCode.findUniqueOrThrow({ where: { id } })).toMatchObject({
      percentBps: null,
      amountOffCents: 1_250,
      usageLimit: null,
      endsAt: null,
    });
    expect(await deactivateDiscountCodeAction(id)).toMatchObject({ ok: true });
    expect((await getDb().discountCode.findUniqueOrThrow({ where: { id } })).active).toBe(false);
    const entries = await getDb().auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(entries.map((entry) => entry.action)).toEqual([
      "discount_code.create",
      "discount_code.update",
      "discount_code.deactivate",
    ]);
    expect(entries[1]!.after).toMatchObject({ amountOffCents: 1_250, percentBps: null });
    expect(await deactivateDiscountCodeAction("no-such-code")).toMatchObject({
      ok: false,
      message: "That discount code no longer exists.",
    });
  });

  it("refuses a code that exists in another case, and a limit below the uses counted", async () => {
    const first = await saveDiscountCodeAction(null, { ...valid, code: "Summer-5" });
    expect(first.ok).toBe(true);
    const again = await saveDiscountCodeAction(null, { ...valid, code: "SUMMER-5" });
    expect(again).toMatchObject({ ok: false, fields: { code: expect.stringMatching(/already a code/) } });
    await getDb().discountCode.update({ where: { id: first.id as string }, data: { usedCount: 4, reservedCount: 2 } });
    const lowered = await saveDiscountCodeAction(first.id, { ...valid, code: "Summer-5", usageLimit: "5" });
    expect(lowered).toMatchObject({ ok: false, fields: { usageLimit: expect.stringMatching(/6 times/) } });
    expect(await saveDiscountCodeAction(first.id, { ...valid, code: "Summer-5", usageLimit: "6" })).toMatchObject({
      ok: true,
    });
  });

  it("refuses bad input with field errors and saves nothing", async () => {
    const before = await getDb().discountCode.count();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, code: "ab" }, "code"],
      [{ ...valid, code: "has space" }, "code"],
      [{ ...valid, value: "0" }, "value"],
      [{ ...valid, value: "101" }, "value"],
      [{ ...valid, value: "12.345" }, "value"],
      [{ ...valid, kind: "amount", value: "abc" }, "value"],
      [{ ...valid, kind: "bogus" }, "kind"],
      [{ ...valid, minSubtotal: "-1" }, "minSubtotal"],
      [{ ...valid, startsOn: "2026-02-30" }, "startsOn"],
      [{ ...valid, startsOn: "2026-06-01", endsOn: "2026-05-01" }, "endsOn"],
      [{ ...valid, usageLimit: "0" }, "usageLimit"],
      [{ ...valid, collectionId: "missing-collection" }, "collectionId"],
    ];
    for (const [values, field] of cases) {
      const result = await saveDiscountCodeAction(null, { ...values, code: values.code ?? `BAD${field}` });
      expect(result.ok).toBe(false);
      expect(Object.keys(result.fields ?? {})).toContain(field);
    }
    expect(await saveDiscountCodeAction(null, { ...valid, extra: 1 })).toMatchObject({ ok: false });
    expect(await getDb().discountCode.count()).toBe(before);
  });

  it("changes nothing without a staff session", async () => {
    mockRequest({ headers: { origin: "http://localhost", "sec-fetch-site": "same-origin" } });
    const before = await getDb().discountCode.count();
    await expect(expectRedirect(() => saveDiscountCodeAction(null, { ...valid, code: "NOSESSION" }))).resolves.toBe(
      "/admin/login",
    );
    expect(await getDb().discountCode.count()).toBe(before);
  });
});

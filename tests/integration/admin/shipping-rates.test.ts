/** @jest-environment-options {"template":"seeded"} */
import { mockRequest } from "../../support/next-request-mocks";
import { getDb } from "@/lib/db";
import { createStaff, signInCookie } from "./support";

import { deleteShippingRateAction, saveShippingRateAction } from "@/lib/admin/shipping/shipping-rate-actions";
import { saveStoreSettingsAction } from "@/lib/admin/settings/settings-actions";

// Staff define shipping rates and the tax setting (decision 0019): bad input comes back as field
// errors (never a thrown 5xx), every change is audited, and no session means no change (case 20).

const valid = {
  name: "Next day",
  price: "24.50",
  minBusinessDays: "1",
  maxBusinessDays: "1",
  countries: "us, ca",
  freeOver: "",
  active: true,
};

describe("admin shipping rates and store settings", () => {
  beforeAll(async () => {
    await createStaff("shipper@example.com");
    mockRequest({
      cookie: await signInCookie("shipper@example.com"),
      headers: { origin: "http://localhost", "sec-fetch-site": "same-origin" },
    });
  });

  it("creates, edits and deletes a rate, auditing each change", async () => {
    const created = await saveShippingRateAction(null, valid);
    expect(created).toMatchObject({ ok: true, id: expect.any(String) });
    const id = created.id as string;
    expect(await getDb().shippingRate.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "Next day",
      priceCents: 2450,
      minBusinessDays: 1,
      maxBusinessDays: 1,
      countries: ["CA", "US"],
      freeOverCents: null,
      active: true,
    });
    expect(await saveShippingRateAction(id, { ...valid, price: "0", freeOver: "150" })).toMatchObject({ ok: true });
    expect(await getDb().shippingRate.findUniqueOrThrow({ where: { id } })).toMatchObject({
      priceCents: 0,
      freeOverCents: 15_000,
    });
    expect(await deleteShippingRateAction(id)).toMatchObject({ ok: true });
    expect(await getDb().shippingRate.count({ where: { id } })).toBe(0);
    const actions = (await getDb().auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } })).map(
      (row) => row.action,
    );
    expect(actions).toEqual(["shipping_rate.create", "shipping_rate.update", "shipping_rate.delete"]);
    // Deleting again: a clear refusal, not a crash.
    expect(await deleteShippingRateAction(id)).toMatchObject({
      ok: false,
      message: "That shipping rate no longer exists.",
    });
  });

  it("refuses bad input with field errors and saves nothing", async () => {
    const before = await getDb().shippingRate.count();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, name: "" }, "name"],
      [{ ...valid, price: "-1" }, "price"],
      [{ ...valid, price: "4.999" }, "price"],
      [{ ...valid, price: "abc" }, "price"],
      [{ ...valid, minBusinessDays: "5", maxBusinessDays: "2" }, "maxBusinessDays"],
      [{ ...valid, minBusinessDays: "1.5" }, "minBusinessDays"],
      [{ ...valid, countries: "" }, "countries"],
      [{ ...valid, countries: "US, XX, Cuba" }, "countries"],
      [{ ...valid, countries: "CU" }, "countries"],
      [{ ...valid, freeOver: "lots" }, "freeOver"],
    ];
    for (const [values, field] of cases) {
      const result = await saveShippingRateAction(null, values);
      expect(result.ok).toBe(false);
      expect(Object.keys(result.fields ?? {})).toContain(field);
    }
    // Not an object, extra fields, wrong types, an unknown id: refused, never thrown.
    for (const [id, values] of [
      [null, null],
      [null, "text"],
      [null, { ...valid, priceCents: 1 }],
      [null, { ...valid, active: "yes" }],
      [{ id: 1 }, valid],
      ["x".repeat(41), valid],
    ] as [unknown, unknown][]) {
      expect(await saveShippingRateAction(id, values)).toMatchObject({ ok: false });
    }
    expect(await saveShippingRateAction("no-such-rate", valid)).toMatchObject({
      ok: false,
      message: "That shipping rate no longer exists.",
    });
    expect(await getDb().shippingRate.count()).toBe(before);
  });

  it("switches the tax mode, audited once per change; an unknown mode is a field error", async () => {
    expect(await saveStoreSettingsAction({ taxMode: "inclusive" })).toMatchObject({ ok: true });
    expect(await saveStoreSettingsAction({ taxMode: "inclusive" })).toMatchObject({
      ok: true,
      message: "Nothing changed.",
    });
    expect((await getDb().storeSettings.findUniqueOrThrow({ where: { id: 1 } })).taxMode).toBe("inclusive");
    const bad = await saveStoreSettingsAction({ taxMode: "none" });
    expect(bad).toMatchObject({ ok: false, fields: { taxMode: expect.any(String) } });
    expect(await saveStoreSettingsAction({ taxMode: "exclusive" })).toMatchObject({ ok: true });
    const audits = await getDb().auditLog.findMany({
      where: { action: "settings.update" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((row) => row.after)).toEqual([{ taxMode: "inclusive" }, { taxMode: "exclusive" }]);
  });

  it("saves the return window, the shipping refund policy and the returns address, with field errors for bad values", async () => {
    const settings = {
      taxMode: "exclusive",
      returnWindowDays: "45",
      refundShippingOnReturn: true,
      returnAddress: "Returns desk\n1 Dock Road\nLeeds LS1 1AA",
    };
    expect(await saveStoreSettingsAction(settings)).toMatchObject({ ok: true });
    expect(await getDb().storeSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      returnWindowDays: 45,
      refundShippingOnReturn: true,
      returnAddress: "Returns desk\n1 Dock Road\nLeeds LS1 1AA",
    });
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { action: "settings.update" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.before).toMatchObject({ returnWindowDays: 60, refundShippingOnReturn: false });
    for (const bad of [
      { returnWindowDays: "-1" },
      { returnWindowDays: "400" },
      { returnWindowDays: "2.5" },
      { returnAddress: "short" },
      { refundShippingOnReturn: "yes" },
    ])
      expect(await saveStoreSettingsAction({ ...settings, ...bad })).toMatchObject({
        ok: false,
        fields: { [Object.keys(bad)[0]!]: expect.any(String) },
      });
    expect((await getDb().storeSettings.findUniqueOrThrow({ where: { id: 1 } })).returnWindowDays).toBe(45);
    await saveStoreSettingsAction({ ...settings, returnWindowDays: "60", refundShippingOnReturn: false });
  });

  it("case 20: without a staff session nothing changes", async () => {
    mockRequest({ headers: { origin: "http://localhost", "sec-fetch-site": "same-origin" } });
    const before = await getDb().shippingRate.count();
    await expect(saveShippingRateAction(null, valid)).rejects.toThrow();
    await expect(saveStoreSettingsAction({ taxMode: "inclusive" })).rejects.toThrow();
    expect(await getDb().shippingRate.count()).toBe(before);
    expect((await getDb().storeSettings.findUniqueOrThrow({ where: { id: 1 } })).taxMode).toBe("exclusive");
  });
});

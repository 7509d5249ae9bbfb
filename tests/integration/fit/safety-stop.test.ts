/** @jest-environment-options {"template":"seeded"} */
import { POST } from "@/app/api/fit/safety-stop/route";
import { getDb } from "@/lib/db";
import { expectWarning } from "../../support/expect-warning";
import { call, dailyCounts, jsonRequest } from "./fit-http";

// POST /api/fit/safety-stop: the quiz page reports only the tier of a stop it showed in the
// browser, for the anonymous daily count (docs/decisions/0004). Anything else is a 400.

const URL = "http://localhost/api/fit/safety-stop";

describe("POST /api/fit/safety-stop", () => {
  it.each([
    ["urgent", "stop_urgent", "stop_emergency"],
    ["emergency", "stop_emergency", "stop_urgent"],
  ] as const)("counts a %s stop once and nothing else", async (tier, kind, other) => {
    const before = await dailyCounts();
    const { status, body } = await call(POST, jsonRequest(URL, { tier }));
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true });
    const after = await dailyCounts();
    expect(after[kind]).toBe(before[kind] + 1);
    expect(after[other]).toBe(before[other]);
    expect(after.completed).toBe(before.completed);
  });

  it("keeps counting on the same day's row", async () => {
    const before = await dailyCounts();
    for (let i = 0; i < 3; i++) await call(POST, jsonRequest(URL, { tier: "urgent" }));
    expect((await dailyCounts()).stop_urgent).toBe(before.stop_urgent + 3);
    const rows = await getDb().fitDailyCount.findMany({ where: { kind: "stop_urgent" } });
    expect(rows).toHaveLength(1);
  });

  it.each([
    ["an unknown tier", { tier: "mild" }, "tier"],
    ["no tier", {}, "tier"],
    ["a tier that isn't text", { tier: 1 }, "tier"],
    ["answers sent along with the tier", { tier: "urgent", safety: { fever: "yes" } }, "safety"],
    ["an array", [], "_"],
    ["null", null, "_"],
  ])("answers 400 with field errors for %s, and counts nothing", async (_label, payload, field) => {
    const before = await dailyCounts();
    const { status, body } = await call(POST, jsonRequest(URL, payload));
    expect(status).toBe(400);
    expect(body.error).toBe("invalid_input");
    expect(Object.keys(body.fields as object)).toContain(field);
    expect(await dailyCounts()).toEqual(before);
  });

  it("refuses (403) a stop reported from another site, so nobody can inflate the counts, and still counts the quiz page's own", async () => {
    const before = await dailyCounts();
    const refused = expectWarning(/^Refused cross-site POST \/api\/fit\/safety-stop/);
    const hostile: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      { origin: "https://evil.example", "x-forwarded-host": "evil.example" },
    ];
    for (const headers of hostile) {
      const { status, body } = await call(POST, jsonRequest(URL, { tier: "urgent" }, headers));
      expect([headers, status, body]).toEqual([headers, 403, { error: "cross_site_request" }]);
    }
    expect(refused).toHaveLength(hostile.length);
    expect(await dailyCounts()).toEqual(before);
    const own = await call(
      POST,
      jsonRequest(URL, { tier: "urgent" }, { origin: "http://localhost", "sec-fetch-site": "same-origin" }),
    );
    expect(own.status).toBe(200);
    expect((await dailyCounts()).stop_urgent).toBe(before.stop_urgent + 1);
  });

  it("answers 400 for a body that isn't JSON, and 413 for one over 1 KB", async () => {
    const before = await dailyCounts();
    expect((await call(POST, jsonRequest(URL, "tier=urgent"))).status).toBe(400);
    expect((await call(POST, jsonRequest(URL, JSON.stringify({ tier: "urgent", pad: "x".repeat(2048) })))).status).toBe(
      413,
    );
    expect(await dailyCounts()).toEqual(before);
  });
});

import { getDb } from "@/lib/db";
import { SIGN_IN_REJECTED } from "@/lib/staff/login-messages";
import { createStaff, PASSWORD, postLogin } from "./support";

describe("case 23: brute-force sign-in is limited, counted in the database, and audited", () => {
  beforeEach(async () => {
    const db = getDb();
    await db.$transaction([db.loginAttempt.deleteMany(), db.auditLog.deleteMany(), db.staffSession.deleteMany(), db.staffUser.deleteMany()]);
  });

  it("answers an unknown email and a wrong password with the same status and message", async () => {
    await createStaff("ann@example.com");
    const wrong = await postLogin({ email: "ann@example.com", password: "not her password" });
    const unknown = await postLogin({ email: "nobody@example.com", password: "not her password" }, { ip: "198.51.100.2" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [wrongBody, unknownBody] = [await wrong.json(), await unknown.json()];
    expect(wrongBody).toEqual(unknownBody);
    expect(wrongBody.message).toBe(SIGN_IN_REJECTED);
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("gives 429 with Retry-After and a retry time after 5 failures for one account in 15 minutes, even with the right password", async () => {
    await createStaff("bob@example.com");
    for (let attempt = 1; attempt <= 5; attempt++) {
      // Different addresses, so only the per-account count can be what blocks.
      const response = await postLogin({ email: "bob@example.com", password: `guess ${attempt}` }, { ip: `192.0.2.${attempt}` });
      expect(response.status).toBe(401);
    }
    const blocked = await postLogin({ email: "bob@example.com", password: PASSWORD }, { ip: "192.0.2.99" });
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    const body = await blocked.json();
    expect(body.error).toBe("too_many_attempts");
    expect(new Date(body.retryAt).getTime()).toBeGreaterThan(Date.now() + 14 * 60 * 1000);
    expect(blocked.headers.get("set-cookie")).toBeNull();
    expect(await getDb().staffSession.count()).toBe(0);
  });

  it("blocks an address after 5 failures across different accounts", async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await postLogin({ email: `user${attempt}@example.com`, password: "guess" }, { ip: "198.51.100.50" })).status).toBe(401);
    }
    expect((await postLogin({ email: "someone-else@example.com", password: "guess" }, { ip: "198.51.100.50" })).status).toBe(429);
    expect((await postLogin({ email: "someone-else@example.com", password: "guess" }, { ip: "198.51.100.51" })).status).toBe(401);
  });

  it("keeps the count in the database, so a restarted app (new client, fresh modules) still refuses", async () => {
    await createStaff("cy@example.com");
    for (let attempt = 1; attempt <= 5; attempt++) await postLogin({ email: "cy@example.com", password: "wrong" });
    // "Restart": drop the Prisma client and every loaded module, then load the route again.
    await getDb().$disconnect();
    (globalThis as { prismaClient?: unknown }).prismaClient = undefined;
    jest.resetModules();
    const fresh = await import("./support");
    const response = await fresh.postLogin({ email: "cy@example.com", password: PASSWORD }, { ip: "192.0.2.200" });
    expect(response.status).toBe(429);
    expect(await getDb().loginAttempt.count({ where: { email: "cy@example.com", success: false } })).toBe(5);
  });

  it("lets the account in again once the failures are older than 15 minutes", async () => {
    await createStaff("dee@example.com");
    for (let attempt = 1; attempt <= 5; attempt++) await postLogin({ email: "dee@example.com", password: "wrong" });
    expect((await postLogin({ email: "dee@example.com", password: PASSWORD })).status).toBe(429);
    await getDb().loginAttempt.updateMany({ data: { createdAt: new Date(Date.now() - 16 * 60 * 1000) } });
    expect((await postLogin({ email: "dee@example.com", password: PASSWORD })).status).toBe(200);
  });

  it("lets exactly 5 of 10 simultaneous wrong guesses through to a password check", async () => {
    await createStaff("eve@example.com");
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => postLogin({ email: "eve@example.com", password: `guess ${i}` }, { ip: `192.0.2.${100 + i}` })));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(5);
  });

  it("writes every attempt, blocked ones included, to the audit log", async () => {
    const staff = await createStaff("fay@example.com");
    await postLogin({ email: "fay@example.com", password: PASSWORD });
    await postLogin({ email: "fay@example.com", password: "wrong" });
    await postLogin({ email: "ghost@example.com", password: "wrong" });
    // One address: 5 failures since the success (2 above, 3 here) block the right password too.
    for (let attempt = 0; attempt < 3; attempt++) await postLogin({ email: "fay@example.com", password: "wrong" });
    await postLogin({ email: "fay@example.com", password: PASSWORD });
    const entries = await getDb().auditLog.findMany({ where: { action: { startsWith: "login." } }, orderBy: { createdAt: "asc" } });
    expect(entries.map((entry) => entry.action)).toEqual([
      "login.success",
      "login.failure",
      "login.failure",
      "login.failure",
      "login.failure",
      "login.failure",
      "login.blocked",
    ]);
    expect(entries[0]).toMatchObject({ actorId: staff.id, entityId: staff.id, ip: "203.0.113.7" });
    expect(entries[2]?.after).toMatchObject({ email: "ghost@example.com", reason: "unknown_email" });
  });

  it("answers malformed sign-in input with 400 and field errors", async () => {
    const response = await postLogin({ email: "not-an-email", password: "" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(Object.keys(body.fields).sort()).toEqual(["email", "password"]);
  });
});

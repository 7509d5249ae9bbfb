import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getDb } from "@/lib/db";
import { STAFF_SIGN_IN_LIMIT } from "@/lib/staff/queue-sign-in-limit-email";
import { SIGN_IN_REJECTED, SIGN_IN_SLOWED } from "@/lib/staff/login-messages";
import { LOGIN_ACCOUNT_CEILING } from "@/lib/staff/session-policy";
import { useJobRunner } from "../../support/job-runner";
import { waitFor } from "../../support/wait-for";
import { createStaff, PASSWORD, postLogin } from "./support";

// Decision 0005, "The lockout trade-off": 5 failures block one address (for one account, and
// across accounts), an account's ceiling of 50 holds back every address it hasn't signed in from,
// and in between a growing delay slows only the addresses that have already failed for it.

let outboxDir = "";
// Before the job runner starts, which reads the settings once.
beforeAll(() => {
  outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), "lockout-outbox-"));
  process.env.EMAIL_OUTBOX_DIR = outboxDir;
  delete process.env.SMTP_URL;
});
afterAll(() => fs.rmSync(outboxDir, { recursive: true, force: true }));
// Lockout emails go out through the job runner, as in production.
useJobRunner();

/** `count` failures for `email`, one per address from `prefix`.N, written as the route would. */
async function seedFailures(email: string, count: number, prefix = "198.18.0") {
  const createdAt = new Date(Date.now() - 60_000);
  await getDb().loginAttempt.createMany({
    data: Array.from({ length: count }, (_, i) => ({ email, ip: `${prefix}.${i + 1}`, success: false, createdAt })),
  });
}

/** Lockout emails are queued with the answer and sent by the job runner: wait for the outbox to settle. */
async function waitForOutbox() {
  await waitFor(
    "the outbox to drain",
    () => getDb().outboxEmail.count({ where: { status: "PENDING" } }),
    (pending) => pending === 0,
    { timeoutMs: 5_000 },
  );
}

const lockoutEmails = () =>
  getDb().outboxEmail.findMany({ where: { kind: STAFF_SIGN_IN_LIMIT }, orderBy: { createdAt: "asc" } });

describe("case 23: brute-force sign-in is limited, counted in the database, and audited", () => {
  beforeEach(async () => {
    const db = getDb();
    await db.$transaction([
      db.outboxEmail.deleteMany(),
      db.loginAttempt.deleteMany(),
      db.auditLog.deleteMany(),
      db.staffSession.deleteMany(),
      db.staffUser.deleteMany(),
    ]);
  });

  afterEach(waitForOutbox);

  it("answers an unknown email and a wrong password with the same status and message", async () => {
    await createStaff("ann@example.com");
    const wrong = await postLogin({ email: "ann@example.com", password: "not her password" });
    const unknown = await postLogin(
      { email: "nobody@example.com", password: "not her password" },
      { ip: "198.51.100.2" },
    );
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [wrongBody, unknownBody] = [await wrong.json(), await unknown.json()];
    expect(wrongBody).toEqual(unknownBody);
    expect(wrongBody.message).toBe(SIGN_IN_REJECTED);
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it.each([5, 20])(
    "lets the owner in from a clean address with the right password after %i failures from random addresses",
    async (failures) => {
      const bob = await createStaff("bob@example.com");
      for (let attempt = 1; attempt <= failures; attempt++) {
        const response = await postLogin(
          { email: "bob@example.com", password: `guess ${attempt}` },
          { ip: `192.0.2.${attempt}` },
        );
        expect(response.status).toBe(401);
      }
      const owner = await postLogin({ email: "bob@example.com", password: PASSWORD }, { ip: "203.0.113.50" });
      expect(owner.status).toBe(200);
      expect(owner.headers.get("set-cookie")).toMatch(/staff_session=/);
      expect(await getDb().staffSession.count({ where: { userId: bob.id } })).toBe(1);
    },
  );

  it("blocks one address for one account after 5 failures (429, Retry-After, retryAt), even with the right password, and only there", async () => {
    await createStaff("bob@example.com");
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(
        (await postLogin({ email: "bob@example.com", password: `guess ${attempt}` }, { ip: "192.0.2.9" })).status,
      ).toBe(401);
    }
    const blocked = await postLogin({ email: "bob@example.com", password: PASSWORD }, { ip: "192.0.2.9" });
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    const body = await blocked.json();
    expect(body.error).toBe("too_many_attempts");
    expect(new Date(body.retryAt).getTime()).toBeGreaterThan(Date.now() + 14 * 60 * 1000);
    expect(blocked.headers.get("set-cookie")).toBeNull();
    expect(await getDb().staffSession.count()).toBe(0);
    // The owner elsewhere is not affected.
    expect((await postLogin({ email: "bob@example.com", password: PASSWORD }, { ip: "192.0.2.10" })).status).toBe(200);
  });

  it("keeps the (account, address) count when someone else signs in from the same address", async () => {
    await createStaff("bob@example.com");
    await createStaff("mallory@example.com");
    for (let attempt = 1; attempt <= 4; attempt++)
      await postLogin({ email: "bob@example.com", password: "guess" }, { ip: "192.0.2.20" });
    // A success from the address starts the address's own count again, not bob's at that address.
    expect((await postLogin({ email: "mallory@example.com", password: PASSWORD }, { ip: "192.0.2.20" })).status).toBe(
      200,
    );
    expect((await postLogin({ email: "bob@example.com", password: "guess" }, { ip: "192.0.2.20" })).status).toBe(401);
    const blocked = await postLogin({ email: "bob@example.com", password: PASSWORD }, { ip: "192.0.2.20" });
    expect(blocked.status).toBe(429);
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "login.blocked" } });
    expect(audit.after).toMatchObject({ email: "bob@example.com", reason: "account_address" });
  });

  it("blocks an address after 5 failures across different accounts (password spraying)", async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(
        (await postLogin({ email: `user${attempt}@example.com`, password: "guess" }, { ip: "198.51.100.50" })).status,
      ).toBe(401);
    }
    expect(
      (await postLogin({ email: "someone-else@example.com", password: "guess" }, { ip: "198.51.100.50" })).status,
    ).toBe(429);
    expect(
      (await postLogin({ email: "someone-else@example.com", password: "guess" }, { ip: "198.51.100.51" })).status,
    ).toBe(401);
  });

  it("slows an address that already failed for a busy account by a growing delay, in seconds, and never a clean one", async () => {
    await createStaff("gus@example.com");
    for (let attempt = 1; attempt <= 8; attempt++)
      await postLogin({ email: "gus@example.com", password: "guess" }, { ip: `192.0.2.${30 + attempt}` });
    // 8 failures: 5 free, then 1 s, 2 s, 4 s, 8 s; the next try from a failed address waits 8 s.
    const slowed = await postLogin({ email: "gus@example.com", password: PASSWORD }, { ip: "192.0.2.31" });
    expect(slowed.status).toBe(429);
    const retryAfter = Number(slowed.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(5);
    expect(retryAfter).toBeLessThanOrEqual(8);
    expect((await slowed.json()).message).toBe(SIGN_IN_SLOWED);
    expect(await getDb().auditLog.findFirstOrThrow({ where: { action: "login.blocked" } })).toMatchObject({
      after: expect.objectContaining({ reason: "delay" }),
    });
    // A blocked try isn't a failure: the count and the delay stay as they were.
    expect(await getDb().loginAttempt.count({ where: { email: "gus@example.com", success: false } })).toBe(8);
    // A clean address isn't slowed at all.
    expect((await postLogin({ email: "gus@example.com", password: "guess" }, { ip: "192.0.2.99" })).status).toBe(401);
    // The delay is capped at 30 s: past that, the failed address may try again.
    await getDb().loginAttempt.updateMany({ data: { createdAt: new Date(Date.now() - 31_000) } });
    expect((await postLogin({ email: "gus@example.com", password: PASSWORD }, { ip: "192.0.2.31" })).status).toBe(200);
  });

  it(`trips the account ceiling at ${LOGIN_ACCOUNT_CEILING} failures: new addresses wait, the owner's usual address still gets in`, async () => {
    await createStaff("hal@example.com");
    expect((await postLogin({ email: "hal@example.com", password: PASSWORD }, { ip: "203.0.113.80" })).status).toBe(
      200,
    );
    for (let attempt = 1; attempt <= LOGIN_ACCOUNT_CEILING - 1; attempt++) {
      expect(
        (await postLogin({ email: "hal@example.com", password: "guess" }, { ip: `198.18.1.${attempt}` })).status,
      ).toBe(401);
    }
    // The ceiling's last failure is still let through; the next new address isn't.
    expect((await postLogin({ email: "hal@example.com", password: "guess" }, { ip: "198.18.2.1" })).status).toBe(401);
    const blocked = await postLogin({ email: "hal@example.com", password: PASSWORD }, { ip: "198.18.2.2" });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect((await getDb().auditLog.findFirstOrThrow({ where: { action: "login.blocked" } })).after).toMatchObject({
      reason: "account",
    });
    const home = await postLogin({ email: "hal@example.com", password: PASSWORD }, { ip: "203.0.113.80" });
    expect(home.status).toBe(200);
  }, 60_000);

  it("lets exactly the ceiling's worth through when attempts from new addresses arrive at once", async () => {
    await createStaff("ida@example.com");
    await seedFailures("ida@example.com", LOGIN_ACCOUNT_CEILING - 5);
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        postLogin({ email: "ida@example.com", password: `guess ${i}` }, { ip: `192.0.2.${100 + i}` }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(5);
  });

  it("lets exactly 5 of 10 simultaneous wrong guesses from one address through to a password check", async () => {
    await createStaff("eve@example.com");
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        postLogin({ email: "eve@example.com", password: `guess ${i}` }, { ip: "192.0.2.77" }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(5);
  });

  it("emails the account's owner once when its limit trips, and sends it", async () => {
    const jo = await createStaff("jo@example.com");
    for (let attempt = 1; attempt <= 4; attempt++)
      await postLogin({ email: "jo@example.com", password: "guess" }, { ip: "192.0.2.40" });
    expect(await lockoutEmails()).toHaveLength(0);
    await postLogin({ email: "jo@example.com", password: "guess" }, { ip: "192.0.2.40" });
    const [email, ...more] = await lockoutEmails();
    expect(more).toHaveLength(0);
    expect(email).toMatchObject({ to: "jo@example.com", orderId: null });
    expect(email?.text).toContain(
      "with a wrong password 5 times in the last 15 minutes, from one network address (192.0.2.40)",
    );
    expect(email?.text).toContain("Your own sign-in still works from the device and network you usually use");
    expect(email?.text).toContain("/admin/account");
    expect(email?.text).not.toContain(PASSWORD);
    expect((await getDb().staffUser.findUniqueOrThrow({ where: { id: jo.id } })).lockoutEmailedAt).not.toBeNull();
    // Sent after the answer, through the outbox (here the .eml file transport).
    await waitForOutbox();
    expect((await getDb().outboxEmail.findUniqueOrThrow({ where: { id: email?.id } })).status).toBe("SENT");
    expect(fs.existsSync(path.join(outboxDir, `${email?.id}.eml`))).toBe(true);
  });

  it("emails at most once per 15 minutes, the ceiling included, and again after that", async () => {
    const kim = await createStaff("kim@example.com");
    await getDb().loginAttempt.create({
      data: {
        email: "kim@example.com",
        ip: "203.0.113.90",
        success: true,
        createdAt: new Date(Date.now() - 86_400_000),
      },
    });
    for (let attempt = 1; attempt <= 5; attempt++)
      await postLogin({ email: "kim@example.com", password: "guess" }, { ip: "192.0.2.41" });
    expect(await lockoutEmails()).toHaveLength(1);
    await seedFailures("kim@example.com", LOGIN_ACCOUNT_CEILING);
    // The ceiling trips within the 15 minutes: no second email.
    expect((await postLogin({ email: "kim@example.com", password: "guess" }, { ip: "203.0.113.90" })).status).toBe(401);
    expect(await lockoutEmails()).toHaveLength(1);
    await getDb().staffUser.update({
      where: { id: kim.id },
      data: { lockoutEmailedAt: new Date(Date.now() - 16 * 60 * 1000) },
    });
    // Past the growing delay (the known address failed once already), still inside the window.
    await getDb().loginAttempt.updateMany({
      where: { email: "kim@example.com", success: false },
      data: { createdAt: new Date(Date.now() - 60_000) },
    });
    expect((await postLogin({ email: "kim@example.com", password: "guess" }, { ip: "203.0.113.90" })).status).toBe(401);
    const emails = await lockoutEmails();
    expect(emails).toHaveLength(2);
    // Counts and addresses in plain words, with only a few addresses named.
    expect(emails[1]?.text).toMatch(
      /wrong password 57 times in the last 15 minutes, from 52 network addresses \(192\.0\.2\.41, 203\.0\.113\.90, [\d.]+ and 49 more\)/,
    );
  });

  it("queues exactly one email when many attempts trip the limit at once", async () => {
    const lee = await createStaff("lee@example.com");
    const known = Array.from({ length: 10 }, (_, i) => `203.0.113.${100 + i}`);
    await getDb().loginAttempt.createMany({
      data: known.map((ip) => ({
        email: "lee@example.com",
        ip,
        success: true,
        createdAt: new Date(Date.now() - 86_400_000),
      })),
    });
    await seedFailures("lee@example.com", LOGIN_ACCOUNT_CEILING);
    // Every one of these is a failure at the ceiling (from an address lee has used, so let through).
    const responses = await Promise.all(
      known.map((ip) => postLogin({ email: "lee@example.com", password: "guess" }, { ip })),
    );
    expect(responses.map((response) => response.status)).toEqual(known.map(() => 401));
    const emails = await lockoutEmails();
    expect(emails).toHaveLength(1);
    expect(emails[0]?.to).toBe("lee@example.com");
    expect((await getDb().staffUser.findUniqueOrThrow({ where: { id: lee.id } })).lockoutEmailedAt).not.toBeNull();
  });

  it("never emails an unknown address and answers it exactly as it answers an account", async () => {
    await createStaff("max@example.com");
    const run = async (email: string, ip: string) => {
      const statuses = [];
      for (let attempt = 1; attempt <= 6; attempt++)
        statuses.push((await postLogin({ email, password: "guess" }, { ip })).status);
      const last = await postLogin({ email, password: "guess" }, { ip });
      const body = await last.json();
      return { statuses, last: last.status, error: body.error, message: body.message, keys: Object.keys(body).sort() };
    };
    const account = await run("max@example.com", "192.0.2.60");
    const unknown = await run("nobody@example.com", "192.0.2.61");
    expect(unknown).toEqual(account);
    expect(account.statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const emails = await lockoutEmails();
    expect(emails.map((email) => email.to)).toEqual(["max@example.com"]);
  });

  it("keeps the count in the database, so a restarted app (new client, fresh modules) still refuses that address", async () => {
    await createStaff("cy@example.com");
    for (let attempt = 1; attempt <= 5; attempt++) await postLogin({ email: "cy@example.com", password: "wrong" });
    await waitForOutbox();
    // "Restart": drop the Prisma client (its pool ends, so the next use connects afresh) and every
    // loaded module, then load the route again.
    await getDb().$disconnect();
    jest.resetModules();
    const fresh = await import("./support");
    expect((await fresh.postLogin({ email: "cy@example.com", password: PASSWORD })).status).toBe(429);
    expect((await fresh.postLogin({ email: "cy@example.com", password: PASSWORD }, { ip: "192.0.2.200" })).status).toBe(
      200,
    );
    expect(await getDb().loginAttempt.count({ where: { email: "cy@example.com", success: false } })).toBe(5);
  });

  it("lets the address in again once the failures are older than 15 minutes", async () => {
    await createStaff("dee@example.com");
    for (let attempt = 1; attempt <= 5; attempt++) await postLogin({ email: "dee@example.com", password: "wrong" });
    expect((await postLogin({ email: "dee@example.com", password: PASSWORD })).status).toBe(429);
    await getDb().loginAttempt.updateMany({ data: { createdAt: new Date(Date.now() - 16 * 60 * 1000) } });
    expect((await postLogin({ email: "dee@example.com", password: PASSWORD })).status).toBe(200);
  });

  it("writes every attempt, blocked ones included, to the audit log", async () => {
    const staff = await createStaff("fay@example.com");
    await postLogin({ email: "fay@example.com", password: PASSWORD });
    await postLogin({ email: "fay@example.com", password: "wrong" });
    await postLogin({ email: "ghost@example.com", password: "wrong" });
    // One address: 5 failures since the success (2 above, 3 here) block the right password too.
    for (let attempt = 0; attempt < 3; attempt++) await postLogin({ email: "fay@example.com", password: "wrong" });
    await postLogin({ email: "fay@example.com", password: PASSWORD });
    const entries = await getDb().auditLog.findMany({
      where: { action: { startsWith: "login." } },
      orderBy: { createdAt: "asc" },
    });
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
    expect(entries[6]?.after).toMatchObject({ email: "fay@example.com", reason: "address" });
  });

  it("answers malformed sign-in input with 400 and field errors", async () => {
    const response = await postLogin({ email: "not-an-email", password: "" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(Object.keys(body.fields).sort()).toEqual(["email", "password"]);
  });
});

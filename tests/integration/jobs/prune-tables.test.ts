import { getDb } from "@/lib/db";
import { getJobQueue } from "@/lib/job-queue/job-queue";
import { JOB_SCHEMA } from "@/lib/job-queue/job-schema";
import { PRUNE_TABLES } from "@/lib/job-queue/queues";
import { insertStaffUser } from "@/lib/staff/insert-staff-user";
import { useJobRunner } from "../../support/job-runner";
import { waitFor } from "../../support/wait-for";

// The hourly PRUNE_TABLES job, run by the job runner: every table that grows with use loses what
// it no longer needs, and keeps what must stay. Each table gets rows on both sides of its retention
// (the modules beside each table explain the numbers), plus rows that are never pruned at any age:
// orders, the audit log, emails not sent yet, live staff sessions.

useJobRunner();

afterAll(async () => {
  await getDb().$disconnect();
});

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms);

it("pruning deletes each table's expired rows and keeps what must stay", async () => {
  const db = getDb();
  const staff = await insertStaffUser(
    db,
    { email: "pruned@example.com", role: "staff", password: "correct horse battery staple" },
    { via: "cli" },
  );

  // CatalogChange: a day.
  await db.catalogChange.createMany({
    data: [
      { version: 900_001n, createdAt: ago(25 * HOUR) },
      { version: 900_002n, createdAt: ago(HOUR) },
    ],
  });
  // LoginAttempt: failures a day, successes 31 days.
  const attempt = (success: boolean, age: number) => ({
    email: "x@example.com",
    ip: "203.0.113.9",
    success,
    createdAt: ago(age),
  });
  const attempts = await db.loginAttempt.createManyAndReturn({
    data: [attempt(false, 2 * DAY), attempt(false, HOUR), attempt(true, 40 * DAY), attempt(true, 20 * DAY)],
    select: { id: true },
  });
  // StaffSession: kept a day after it ended (revoked, expired or idle for 2 hours).
  const session = (id: string, values: { lastSeenAt?: Date; expiresAt?: Date; revokedAt?: Date }) => ({
    id,
    userId: staff.id,
    createdAt: ago(4 * DAY),
    lastSeenAt: values.lastSeenAt ?? ago(60_000),
    expiresAt: values.expiresAt ?? new Date(Date.now() + HOUR),
    revokedAt: values.revokedAt ?? null,
  });
  await db.staffSession.createMany({
    data: [
      session("live", {}),
      session("revoked-long-ago", { revokedAt: ago(2 * DAY) }),
      session("revoked-today", { revokedAt: ago(HOUR) }),
      session("expired-long-ago", { expiresAt: ago(2 * DAY) }),
      session("idle-long-ago", { lastSeenAt: ago(3 * DAY) }),
      session("idle-today", { lastSeenAt: ago(3 * HOUR) }),
    ],
  });
  // Cart: 35 days unchanged. The order made from the old cart stays.
  await db.cart.createMany({ data: [{ id: "cart-old" }, { id: "cart-recent" }] });
  await db.$executeRaw`UPDATE "Cart" SET "updatedAt" = ${ago(40 * DAY)} WHERE "id" = 'cart-old'`;
  await db.$executeRaw`UPDATE "Cart" SET "updatedAt" = ${ago(10 * DAY)} WHERE "id" = 'cart-recent'`;
  const order = await db.order.create({
    data: {
      accessToken: "token-prune-test-0000000000000000000000000",
      currency: "usd",
      totalCents: 100,
      status: "SHIPPED",
      email: "walker@example.com",
      cartId: "cart-old",
      createdAt: ago(400 * DAY),
    },
  });
  // StripeEvent: 30 days.
  await db.stripeEvent.createMany({
    data: [
      { id: "evt_old", type: "checkout.session.completed", orderId: order.id, receivedAt: ago(31 * DAY) },
      { id: "evt_recent", type: "checkout.session.completed", orderId: order.id, receivedAt: ago(29 * DAY) },
    ],
  });
  // OutboxEmail: SENT ones 30 days; unsent and FAILED ones never, however old.
  const email = (kind: string, status: "PENDING" | "SENT" | "FAILED", sentAge: number | null) => ({
    kind,
    to: "walker@example.com",
    subject: "Hi",
    text: "Body",
    status,
    sentAt: sentAge === null ? null : ago(sentAge),
    createdAt: ago(60 * DAY),
  });
  const emails = await db.outboxEmail.createManyAndReturn({
    data: [
      email("sent-old", "SENT", 31 * DAY),
      email("sent-recent", "SENT", 5 * DAY),
      email("pending-old", "PENDING", null),
      email("failed-old", "FAILED", null),
    ],
    select: { id: true, kind: true },
  });
  // The audit log is never pruned.
  await db.auditLog.create({
    data: { action: "order.ship", entityType: "Order", entityId: order.id, createdAt: ago(800 * DAY) },
  });
  const auditRows = await db.auditLog.count();

  const boss = await getJobQueue();
  const jobId = await boss.send(PRUNE_TABLES, null);
  expect(jobId).not.toBeNull();
  const [job] = await waitFor("the prune job to finish", () =>
    db
      .$queryRawUnsafe<{ state: string; output: Record<string, number> }[]>(
        `SELECT state::text, output FROM ${JOB_SCHEMA}.job WHERE id = $1::uuid AND state = 'completed'`,
        jobId,
      )
      .then((rows) => rows.length > 0 && rows),
  );
  expect(job!.output).toEqual({
    catalogChanges: 1,
    loginAttempts: 2,
    staffSessions: 3,
    carts: 1,
    stripeEvents: 1,
    sentEmails: 1,
  });

  expect((await db.catalogChange.findMany({ orderBy: { version: "asc" } })).map((row) => row.version)).toEqual([
    900_002n,
  ]);
  expect((await db.loginAttempt.findMany({ select: { id: true } })).map((row) => row.id).sort()).toEqual(
    [attempts[1]!.id, attempts[3]!.id].sort(),
  );
  expect((await db.staffSession.findMany({ select: { id: true } })).map((row) => row.id).sort()).toEqual([
    "idle-today",
    "live",
    "revoked-today",
  ]);
  expect((await db.cart.findMany({ select: { id: true } })).map((row) => row.id)).toEqual(["cart-recent"]);
  expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ cartId: "cart-old" });
  expect((await db.stripeEvent.findMany({ select: { id: true } })).map((row) => row.id)).toEqual(["evt_recent"]);
  const left = await db.outboxEmail.findMany({ where: { id: { in: emails.map((row) => row.id) } } });
  expect(left.map((row) => row.kind).sort()).toEqual(["failed-old", "pending-old", "sent-recent"]);
  expect(await db.auditLog.count()).toBe(auditRows);
  expect(await db.staffUser.count({ where: { id: staff.id } })).toBe(1);
});

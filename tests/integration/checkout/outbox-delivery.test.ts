import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { getDb } from "@/lib/db";
import { sendPendingEmails } from "@/lib/email/send-pending-emails";

// The outbox against a real SMTP server (smtp-server, from nodemailer's author): each message the
// store delivers is counted with its Message-ID. Review observation: an email whose "sent" mark
// failed after delivery went out again. Now the mark is retried, and a sender that died after
// delivering leaves a redelivery carrying the same Message-ID.

type Received = { messageId: string | null; to: string[] };
const received: Received[] = [];
/** Runs while the server holds a message, before it answers "accepted". */
let whileReceiving: (() => Promise<void>) | null = null;
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        await whileReceiving?.();
        const headers =
          Buffer.concat(chunks)
            .toString("utf8")
            .split(/\r?\n\r?\n/)[0] ?? "";
        received.push({
          messageId: /^Message-ID:\s*(.+)$/im.exec(headers)?.[1]?.trim() ?? null,
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await getDb().$disconnect();
});

beforeEach(() => {
  received.length = 0;
});

async function queueEmail(to: string) {
  return getDb().outboxEmail.create({ data: { kind: "test", to, subject: "Your order", text: "Thank you." } });
}

it("delivers each email once with its own Message-ID, even with three drains at once", async () => {
  const emails = await Promise.all(["a@example.com", "b@example.com", "c@example.com"].map(queueEmail));
  const sent = await Promise.all([sendPendingEmails(), sendPendingEmails(), sendPendingEmails()]);
  expect(sent.reduce((sum, count) => sum + count, 0)).toBe(3);
  expect(received.map((message) => message.messageId).sort()).toEqual(
    emails.map((email) => `<${email.id}@outbox.local>`).sort(),
  );
  const rows = await getDb().outboxEmail.findMany({ where: { id: { in: emails.map((email) => email.id) } } });
  expect(rows.every((row) => row.status === "SENT" && row.attempts === 1 && row.leaseUntil === null)).toBe(true);
});

it("retries a 'sent' mark that fails after delivery, so the email is not delivered again", async () => {
  const db = getDb();
  const email = await queueEmail("blip@example.com");
  // The first attempt to mark any email SENT fails, as if the database dropped the connection.
  // A sequence survives the failed statement's rollback, so only the first attempt fails.
  await db.$executeRawUnsafe(`CREATE SEQUENCE "sent_mark_failures"`);
  await db.$executeRawUnsafe(`CREATE FUNCTION fail_first_sent_mark() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW."status" = 'SENT' AND OLD."status" <> 'SENT' AND nextval('sent_mark_failures') = 1 THEN
        RAISE EXCEPTION 'simulated connection loss';
      END IF;
      RETURN NEW;
    END $$`);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER fail_first_sent_mark BEFORE UPDATE ON "OutboxEmail" FOR EACH ROW EXECUTE FUNCTION fail_first_sent_mark()`,
  );
  try {
    expect(await sendPendingEmails()).toBe(1);
    expect(await sendPendingEmails()).toBe(0);
  } finally {
    await db.$executeRawUnsafe(`DROP TRIGGER fail_first_sent_mark ON "OutboxEmail"`);
  }
  expect(received).toEqual([{ messageId: `<${email.id}@outbox.local>`, to: ["blip@example.com"] }]);
  expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({
    status: "SENT",
    attempts: 1,
  });
});

it("a sender that died after claiming leaves the email to its lease; the redelivery keeps the Message-ID", async () => {
  const db = getDb();
  const email = await queueEmail("crash@example.com");
  // Claimed by a sender that has crashed: its lease runs for another minute.
  await db.outboxEmail.update({
    where: { id: email.id },
    data: { attempts: 1, leaseUntil: new Date(Date.now() + 60_000) },
  });
  expect(await sendPendingEmails()).toBe(0);
  expect(received).toEqual([]);
  // The lease ends: the next drain sends it, under the same Message-ID the dead sender used.
  await db.outboxEmail.update({ where: { id: email.id }, data: { leaseUntil: new Date(Date.now() - 1_000) } });
  expect(await sendPendingEmails()).toBe(1);
  expect(received).toEqual([{ messageId: `<${email.id}@outbox.local>`, to: ["crash@example.com"] }]);
  expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({
    status: "SENT",
    attempts: 2,
    leaseUntil: null,
  });
});

it("holds no database transaction open while the mail server is talking", async () => {
  const email = await queueEmail("slow@example.com");
  let openTransactions = -1;
  whileReceiving = async () => {
    const rows = await getDb().$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS "count" FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`;
    openTransactions = rows[0]?.count ?? -1;
  };
  try {
    expect(await sendPendingEmails()).toBe(1);
  } finally {
    whileReceiving = null;
  }
  expect(openTransactions).toBe(0);
  expect((await getDb().outboxEmail.findUniqueOrThrow({ where: { id: email.id } })).status).toBe("SENT");
});

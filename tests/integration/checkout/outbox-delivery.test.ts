import { getDb } from "@/lib/db";
import { sendOutboxEmail } from "@/lib/email/send-outbox-email";
import { startSmtpServer, type TestSmtpServer } from "../../support/smtp-server";

// One outbox email's send (the job runner's SEND_EMAIL job) against a real SMTP server, which
// counts each message with its Message-ID. Review observation: an email whose "sent" mark failed
// after delivery went out again. Now the mark is retried, and a sender that died after delivering
// leaves a redelivery carrying the same Message-ID. The runner around it is tested in
// tests/integration/jobs.

let smtp: TestSmtpServer;
const send = (id: string) => sendOutboxEmail(id, { lastAttempt: false });

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
});

afterAll(async () => {
  await smtp.close();
  await getDb().$disconnect();
});

beforeEach(() => {
  smtp.received.length = 0;
});

async function queueEmail(to: string) {
  return getDb().outboxEmail.create({ data: { kind: "test", to, subject: "Your order", text: "Thank you." } });
}

it("delivers each email once with its own Message-ID, even with three senders at once for each", async () => {
  const emails = await Promise.all(["a@example.com", "b@example.com", "c@example.com"].map(queueEmail));
  const outcomes = await Promise.all(emails.flatMap((email) => [send(email.id), send(email.id), send(email.id)]));
  expect(outcomes.filter((outcome) => outcome === "sent")).toHaveLength(3);
  expect(outcomes.filter((outcome) => outcome === "not_pending")).toHaveLength(6);
  expect(smtp.received.map((message) => message.messageId).sort()).toEqual(
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
    expect(await send(email.id)).toBe("sent");
    expect(await send(email.id)).toBe("not_pending");
  } finally {
    await db.$executeRawUnsafe(`DROP TRIGGER fail_first_sent_mark ON "OutboxEmail"`);
  }
  expect(smtp.received).toEqual([{ messageId: `<${email.id}@outbox.local>`, to: ["blip@example.com"] }]);
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
  expect(await send(email.id)).toBe("not_pending");
  expect(smtp.received).toEqual([]);
  // The lease ends: the next send takes it, under the same Message-ID the dead sender used.
  await db.outboxEmail.update({ where: { id: email.id }, data: { leaseUntil: new Date(Date.now() - 1_000) } });
  expect(await send(email.id)).toBe("sent");
  expect(smtp.received).toEqual([{ messageId: `<${email.id}@outbox.local>`, to: ["crash@example.com"] }]);
  expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({
    status: "SENT",
    attempts: 2,
    leaseUntil: null,
  });
});

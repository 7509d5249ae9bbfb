import { getDb } from "@/lib/db";
import { enqueueOutboxDelivery } from "@/lib/job-queue/enqueue-outbox-delivery";
import { SEND_EMAIL } from "@/lib/job-queue/queues";
import { scheduleJob } from "@/lib/job-queue/schedule-job";
import { expectWarning } from "../../support/expect-warning";
import { useJobRunner } from "../../support/job-runner";
import { startSmtpServer, type TestSmtpServer } from "../../support/smtp-server";
import { waitFor } from "../../support/wait-for";

// Case 32: the outbox is sent by the job runner, on its own timetable. Every test here queues an
// email the way a commit does (a row, then a request to send the outbox) and then only watches:
// nothing else calls into the store, so whatever happens next is the runner's doing.

let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
});
const jobs = useJobRunner();

afterAll(async () => {
  await smtp.close();
  await getDb().$disconnect();
});

beforeEach(() => {
  smtp.received.length = 0;
  smtp.refuseNext(0);
});

const queueEmail = (to: string) =>
  getDb().outboxEmail.create({ data: { kind: "test", to, subject: "Your order", text: "Thank you." } });

const emailRow = (id: string) => getDb().outboxEmail.findUniqueOrThrow({ where: { id } });

it("case 32: an email the mail server turns away is sent later by the runner itself, with no other request", async () => {
  expect(jobs.runner).not.toBeNull();
  const refusals = expectWarning(/^Email \S+ could not be sent \(attempt \d\): .*try again later/);
  smtp.refuseNext(2);
  const email = await queueEmail("retry@example.com");
  await enqueueOutboxDelivery();

  const sent = await waitFor(
    "the email to be sent on the third try",
    () => emailRow(email.id),
    (row) => row.status === "SENT",
    {
      timeoutMs: 20_000,
    },
  );
  expect(refusals).toHaveLength(2);
  expect(sent).toMatchObject({ attempts: 3, lastError: null, leaseUntil: null });
  expect(smtp.received).toEqual([{ messageId: `<${email.id}@outbox.local>`, to: ["retry@example.com"] }]);
});

it("case 32: a crash between delivering and recording it is recovered by the next sweep, under the same Message-ID", async () => {
  const db = getDb();
  // Every "sent" mark fails while the trigger is there: the sender delivers, then can't record it,
  // exactly as if it had died right after the mail server said yes.
  await db.$executeRawUnsafe(`CREATE FUNCTION refuse_sent_mark() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW."status" = 'SENT' THEN RAISE EXCEPTION 'simulated crash before the mark'; END IF;
      RETURN NEW;
    END $$`);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER refuse_sent_mark BEFORE UPDATE ON "OutboxEmail" FOR EACH ROW EXECUTE FUNCTION refuse_sent_mark()`,
  );
  const unmarked = expectWarning(/^Email \S+ was delivered but could not be marked sent/);
  const email = await queueEmail("crash@example.com");
  try {
    await enqueueOutboxDelivery();
    await waitFor("the delivery whose mark fails", async () => unmarked.length > 0, { timeoutMs: 20_000 });
  } finally {
    await db.$executeRawUnsafe(`DROP TRIGGER refuse_sent_mark ON "OutboxEmail"`);
  }
  // Delivered once; the row still says PENDING under the dead sender's lease, which nobody overtakes.
  expect(smtp.received).toHaveLength(1);
  expect(await emailRow(email.id)).toMatchObject({ status: "PENDING", attempts: 1, leaseUntil: expect.any(Date) });
  await enqueueOutboxDelivery();
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(smtp.received).toHaveLength(1);

  // The lease runs out. The next sweep (every minute; asked for here rather than waited for) sends
  // it again with the same Message-ID, which the receiving side recognises as the same message.
  await db.outboxEmail.update({ where: { id: email.id }, data: { leaseUntil: new Date(Date.now() - 1_000) } });
  await enqueueOutboxDelivery();
  const recovered = await waitFor(
    "the redelivery",
    () => emailRow(email.id),
    (row) => row.status === "SENT",
    {
      timeoutMs: 20_000,
    },
  );
  expect(recovered).toMatchObject({ attempts: 2, leaseUntil: null });
  const messageId = `<${email.id}@outbox.local>`;
  expect(smtp.received).toEqual([
    { messageId, to: ["crash@example.com"] },
    { messageId, to: ["crash@example.com"] },
  ]);
});

it("holds no database transaction open while the mail server is talking", async () => {
  let openTransactions = -1;
  smtp.whileReceiving = async () => {
    const rows = await getDb().$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS "count" FROM pg_stat_activity
      WHERE datname = current_database() AND state LIKE 'idle in transaction%'`;
    openTransactions = rows[0]?.count ?? -1;
  };
  try {
    const email = await queueEmail("slow@example.com");
    await enqueueOutboxDelivery();
    await waitFor(
      "the email to be sent",
      () => emailRow(email.id),
      (row) => row.status === "SENT",
    );
  } finally {
    smtp.whileReceiving = null;
  }
  expect(openTransactions).toBe(0);
});

it("a job scheduled for later runs then and not before, and a second one with the same key isn't scheduled", async () => {
  const email = await queueEmail("later@example.com");
  const runAt = new Date(Date.now() + 3_000);
  expect(await scheduleJob(SEND_EMAIL, { emailId: email.id }, { runAt, key: email.id })).toEqual(expect.any(String));
  expect(await scheduleJob(SEND_EMAIL, { emailId: email.id }, { runAt, key: email.id })).toBeNull();
  // Not even a request to send the outbox now brings it forward: the scheduled job holds its key.
  await enqueueOutboxDelivery();
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect((await emailRow(email.id)).status).toBe("PENDING");

  const sent = await waitFor(
    "the scheduled send",
    () => emailRow(email.id),
    (row) => row.status === "SENT",
    {
      timeoutMs: 15_000,
    },
  );
  expect(sent.sentAt!.getTime()).toBeGreaterThanOrEqual(runAt.getTime() - 1_000);
  expect(smtp.received).toEqual([{ messageId: `<${email.id}@outbox.local>`, to: ["later@example.com"] }]);
});

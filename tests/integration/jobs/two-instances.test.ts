import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { getDb } from "@/lib/db";
import { enqueueOutboxDelivery } from "@/lib/job-queue/enqueue-outbox-delivery";
import { JOB_SCHEMA } from "@/lib/job-queue/job-schema";
import { SEND_EMAIL } from "@/lib/job-queue/queues";
import { startJobRunner, type JobRunner } from "@/lib/jobs/start-job-runner";
import { TEST_RUNNER_OPTIONS } from "../../support/job-runner";
import { startSmtpServer, type Received, type TestSmtpServer } from "../../support/smtp-server";
import { waitFor } from "../../support/wait-for";

// Case 32 across app instances: two job runners share this file's database, one in this process
// and one in a process of its own (as a second app server or `npm run worker` would be). Each
// sends through its own SMTP server, so every message is counted once wherever it went, and the
// counts show that both runners took part.

const CHILD_SCRIPT = path.join(__dirname, "support", "job-runner-process.ts");
const EMAILS = 60;

let here: TestSmtpServer;
let there: TestSmtpServer;
let runner: JobRunner | null = null;
let child: { process: ChildProcess; exited: Promise<unknown>; output: () => string } | null = null;

beforeAll(async () => {
  [here, there] = await Promise.all([startSmtpServer(), startSmtpServer()]);
  process.env.SMTP_URL = here.url;
});

afterAll(async () => {
  await runner?.stop();
  if (child && child.process.exitCode === null && child.process.signalCode === null) {
    child.process.kill("SIGTERM");
    await child.exited;
  }
  await Promise.all([here.close(), there.close()]);
  await getDb().$disconnect();
});

/** The other instance's runner, started and taking jobs. */
async function startOtherInstance() {
  const started = spawn(process.execPath, ["--import", "tsx", CHILD_SCRIPT], {
    cwd: path.resolve(__dirname, "../../.."),
    env: { ...process.env, SMTP_URL: there.url, JOB_RUNNER_OPTIONS: JSON.stringify(TEST_RUNNER_OPTIONS) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  started.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  started.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => started.once("exit", resolve));
  child = { process: started, exited, output: () => output };
  await waitFor("the other instance's runner", async () => output.includes("ready") || started.exitCode !== null, {
    timeoutMs: 20_000,
  });
  if (!output.includes("ready")) throw new Error(`the other instance didn't start: ${output}`);
}

const queueEmails = (count: number, prefix: string) =>
  getDb().outboxEmail.createManyAndReturn({
    data: Array.from({ length: count }, (_, i) => ({
      kind: "test",
      to: `${prefix}-${i}@example.com`,
      subject: "Your order",
      text: "Thank you.",
    })),
    select: { id: true },
  });

const messageIds = (received: Received[]) => received.map((message) => message.messageId);

it("case 32: two app instances' runners send each of many emails exactly once, and both take part", async () => {
  await startOtherInstance();
  runner = await startJobRunner(TEST_RUNNER_OPTIONS);
  // Each message is held a moment by its server, so the work lasts long enough for both to poll.
  const slow = async () => void (await new Promise((resolve) => setTimeout(resolve, 150)));
  here.whileReceiving = slow;
  there.whileReceiving = slow;
  try {
    const emails = await queueEmails(EMAILS, "many");
    // Both instances ask for the outbox to be sent, as two web servers committing at once would.
    await Promise.all([enqueueOutboxDelivery(), enqueueOutboxDelivery()]);
    await waitFor(
      "every email to be sent",
      () => getDb().outboxEmail.count({ where: { id: { in: emails.map((email) => email.id) }, status: "SENT" } }),
      (sent) => sent === EMAILS,
      { timeoutMs: 25_000 },
    );
    const all = [...messageIds(here.received), ...messageIds(there.received)].sort();
    expect(all).toEqual(emails.map((email) => `<${email.id}@outbox.local>`).sort());
    expect(here.received.length).toBeGreaterThan(0);
    expect(there.received.length).toBeGreaterThan(0);
    const rows = await getDb().outboxEmail.findMany({ where: { id: { in: emails.map((email) => email.id) } } });
    expect(rows.every((row) => row.attempts === 1 && row.leaseUntil === null)).toBe(true);
  } finally {
    here.whileReceiving = null;
    there.whileReceiving = null;
  }
}, 60_000);

it("case 32: an instance killed after its mail server accepted, before it recorded the send, is recovered by the other under the same Message-ID", async () => {
  await runner?.stop();
  runner = null;
  here.received.length = 0;
  there.received.length = 0;
  // While the other instance's server holds the message, this connection locks the email's row,
  // so the instance's "sent" mark waits; then it is killed, as a crash at that moment would.
  const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await locker.connect();
  let locked = false;
  try {
    const [email] = await queueEmails(1, "crash");
    there.whileReceiving = async () => {
      await locker.query("BEGIN");
      await locker.query(`SELECT 1 FROM "OutboxEmail" WHERE "id" = $1 FOR UPDATE`, [email!.id]);
      locked = true;
    };
    await enqueueOutboxDelivery();
    await waitFor("the other instance's delivery", async () => there.received.length === 1, { timeoutMs: 15_000 });
    const markWaiting = () => getDb().$queryRaw<{ pid: number }[]>`
      SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%OutboxEmail%'`;
    const [mark] = await waitFor("its mark to wait on the lock", async () => {
      const rows = await markWaiting();
      return rows.length > 0 && rows;
    });
    child!.process.kill("SIGKILL");
    await child!.exited;
    // The statement the dead process had sent goes with its connection, as the server would end it
    // on noticing the client gone (client_connection_check_interval, TCP keepalive).
    await getDb().$queryRaw`SELECT pg_terminate_backend(${mark!.pid}::int)`;
    await locker.query("ROLLBACK");
    locked = false;

    // Delivered once, recorded nowhere: the row is PENDING under the dead sender's lease, and its
    // job is still "active" for the runner that died.
    expect(await getDb().outboxEmail.findUniqueOrThrow({ where: { id: email!.id } })).toMatchObject({
      status: "PENDING",
      attempts: 1,
      leaseUntil: expect.any(Date),
    });
    runner = await startJobRunner(TEST_RUNNER_OPTIONS);
    // Time passes (here, by moving the two clocks back): the lease (2 minutes) and the job's expiry
    // (3 minutes) run out. This runner's supervisor then fails the dead runner's job, and the retry
    // sends the email again.
    await getDb().outboxEmail.update({ where: { id: email!.id }, data: { leaseUntil: new Date(Date.now() - 1_000) } });
    await getDb().$executeRawUnsafe(
      `UPDATE ${JOB_SCHEMA}.job SET started_on = started_on - interval '10 minutes' WHERE name = $1 AND state = 'active'`,
      SEND_EMAIL,
    );
    const recovered = await waitFor(
      "the redelivery by the surviving instance",
      () => getDb().outboxEmail.findUniqueOrThrow({ where: { id: email!.id } }),
      (row) => row.status === "SENT",
      { timeoutMs: 15_000 },
    );
    expect(recovered).toMatchObject({ attempts: 2, leaseUntil: null });
    const messageId = `<${email!.id}@outbox.local>`;
    expect(messageIds(there.received)).toEqual([messageId]);
    expect(messageIds(here.received)).toEqual([messageId]);
  } finally {
    there.whileReceiving = null;
    if (locked) await locker.query("ROLLBACK");
    await locker.end();
  }
}, 60_000);

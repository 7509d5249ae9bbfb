import net from "node:net";
import { getDb } from "@/lib/db";
import { enqueueOutboxDelivery } from "@/lib/job-queue/enqueue-outbox-delivery";
import { listTroubledJobs } from "@/lib/jobs/list-troubled-jobs";
import { readQueueCounts } from "@/lib/jobs/read-queue-counts";
import { expectWarning } from "../../support/expect-warning";
import { useJobRunner } from "../../support/job-runner";
import { waitFor } from "../../support/wait-for";

// Case 32. SMTP_URL points at a port where nothing listens: every send fails, and the outbox must
// record it and keep the email for the job runner's next try, then give up after the last one:
// the email is FAILED and its job dead, for a person to retry from the admin's Jobs page. The
// runner here makes 3 tries a second or two apart (production: 8 over 2 to 3 hours).

let closedPort = 0;

beforeAll(async () => {
  closedPort = await new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
  process.env.SMTP_URL = `smtp://127.0.0.1:${closedPort}`;
});
useJobRunner({ retry: { retryLimit: 2, retryDelay: 1, retryDelayMax: 2 } });

afterAll(async () => {
  await getDb().$disconnect();
});

it("keeps an email that couldn't be sent, records why, retries it by itself, and marks it FAILED after the last try", async () => {
  const db = getDb();
  const order = await db.order.create({
    data: {
      accessToken: "token-outbox-test-000000000000000000000000",
      currency: "usd",
      totalCents: 100,
      status: "PAID",
      email: "a@example.com",
    },
  });
  const email = await db.outboxEmail.create({
    data: { kind: "order_confirmation", orderId: order.id, to: "a@example.com", subject: "Hi", text: "Body" },
  });
  const failures = expectWarning(/^Email \S+ could not be sent \(attempt \d\)/);
  await enqueueOutboxDelivery();

  const first = await waitFor(
    "the first failed try",
    () => db.outboxEmail.findUniqueOrThrow({ where: { id: email.id } }),
    (row) => row.attempts === 1 && row.leaseUntil === null,
  );
  expect(first).toMatchObject({ status: "PENDING", sentAt: null });
  expect(first.lastError).toMatch(/ECONNREFUSED|connect/i);

  const given = await waitFor(
    "the email to be given up on",
    () => db.outboxEmail.findUniqueOrThrow({ where: { id: email.id } }),
    (row) => row.status === "FAILED",
    { timeoutMs: 20_000 },
  );
  expect(given).toMatchObject({ attempts: 3, sentAt: null, leaseUntil: null });
  expect(failures).toHaveLength(3);

  // Its job is dead, with the error (and no address), and the sweeps that follow leave it alone.
  const dead = await waitFor("the dead job", async () =>
    (await listTroubledJobs()).find((job) => job.state === "dead" && job.data?.emailId === email.id),
  );
  expect(dead).toMatchObject({ queue: "email-send", attempts: 3 });
  expect(dead.error).toMatch(/ECONNREFUSED|connect/i);
  expect(dead.error).not.toContain("a@example.com");
  await enqueueOutboxDelivery();
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: email.id } })).attempts).toBe(3);
  expect(failures).toHaveLength(3);
  expect((await readQueueCounts()).find((counts) => counts.queue === "email-send")).toMatchObject({
    queued: 0,
    active: 0,
    failed: 0,
    dead: 1,
  });
});

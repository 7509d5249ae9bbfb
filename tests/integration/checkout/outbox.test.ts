import net from "node:net";
import { getDb } from "@/lib/db";
import { sendPendingEmails } from "@/lib/email/send-pending-emails";
import { expectWarning } from "../../support/expect-warning";

// SMTP_URL points at a port where nothing listens: every send fails, and the outbox must record
// it and keep the email for a later try, then give up after 5 attempts. (The .eml path, and
// concurrent drains sending once, are covered by the webhook tests.)

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

afterAll(async () => {
  await getDb().$disconnect();
});

it("keeps an email that couldn't be sent, records why, and marks it FAILED after 5 attempts", async () => {
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
  expect(await sendPendingEmails()).toBe(0);
  let row = await db.outboxEmail.findUniqueOrThrow({ where: { id: email.id } });
  expect(row).toMatchObject({ status: "PENDING", attempts: 1, sentAt: null });
  expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
  for (let i = 0; i < 4; i++) await sendPendingEmails();
  row = await db.outboxEmail.findUniqueOrThrow({ where: { id: email.id } });
  expect(row).toMatchObject({ status: "FAILED", attempts: 5 });
  await sendPendingEmails();
  expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: email.id } })).attempts).toBe(5);
  expect(failures).toHaveLength(5);
});

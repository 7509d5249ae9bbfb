import { mockRequest, expectRedirect, SAME_ORIGIN_HEADERS } from "../../support/next-request-mocks";
import { renderToStaticMarkup } from "react-dom/server";
import { getDb } from "@/lib/db";
import { enqueueOutboxDelivery } from "@/lib/job-queue/enqueue-outbox-delivery";
import { listTroubledJobs } from "@/lib/jobs/list-troubled-jobs";
import { retryJobAction } from "@/lib/admin/jobs/job-actions";
import JobsPage from "@/app/admin/(console)/jobs/page";
import { expectWarning } from "../../support/expect-warning";
import { useJobRunner } from "../../support/job-runner";
import { startSmtpServer, type TestSmtpServer } from "../../support/smtp-server";
import { waitFor } from "../../support/wait-for";
import { createStaff, signInCookie } from "../admin/support";

// The admin's Jobs page (/admin/jobs) and its Retry button: a dead email job is shown with its
// error, without the address the mail server quoted, and Retry sends the email, audited. The
// runner here gives a job a single try, so one refusal kills it.

// The Retry button is a client component that asks for Next's router; rendered here outside Next.
jest.mock("next/navigation", () => ({
  ...jest.requireActual("next/navigation"),
  useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }),
}));

let smtp: TestSmtpServer;
let cookie = "";

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
  await createStaff("jobs-clerk@example.com");
  cookie = await signInCookie("jobs-clerk@example.com");
});
useJobRunner({ retry: { retryLimit: 0 } });

afterAll(async () => {
  await smtp.close();
  await getDb().$disconnect();
});

beforeEach(() => mockRequest({ cookie, headers: SAME_ORIGIN_HEADERS }));

const renderJobsPage = async () => renderToStaticMarkup(await JobsPage());

/** The text of the page's queue-counts row for one job kind. */
function countsRow(html: string, label: string): string {
  const row = new RegExp(`<tr[^>]*><th scope="row"[^>]*>${label}</th>(.*?)</tr>`).exec(html);
  return (row?.[1] ?? "")
    .replace(/<[^>]+>/g, " ")
    .trim()
    .replace(/\s+/g, " ");
}

it("shows every queue's counts and an empty state when nothing has failed", async () => {
  const html = await renderJobsPage();
  expect(html).toContain("<h1");
  expect(countsRow(html, "Send an email")).toBe("0 0 0 0");
  expect(countsRow(html, "Release abandoned checkouts&#x27; stock")).toBe("0 0 0 0");
  expect(html).toContain("No failed or dead jobs.");
  expect(html).not.toContain("<button");
});

it("lists a dead email job with its error, without the address, and Retry sends the email and is audited", async () => {
  const refusal = expectWarning(/^Email \S+ could not be sent \(attempt 1\): .*Mailbox <\[address\]> is over quota/);
  smtp.refuseNext(1, "Mailbox <dead@example.com> is over quota");
  const email = await getDb().outboxEmail.create({
    data: { kind: "test", to: "dead@example.com", subject: "Your order", text: "Thank you." },
  });
  await enqueueOutboxDelivery();
  const dead = await waitFor("the dead job", async () =>
    (await listTroubledJobs()).find((job) => job.state === "dead" && job.data?.emailId === email.id),
  );
  expect(refusal).toHaveLength(1);
  expect((await getDb().outboxEmail.findUniqueOrThrow({ where: { id: email.id } })).status).toBe("FAILED");

  const html = await renderJobsPage();
  expect(countsRow(html, "Send an email")).toBe("0 0 0 1");
  expect(html).toContain(`Send an email (email ${email.id}): dead`);
  expect(html).toContain("Mailbox &lt;[address]&gt; is over quota");
  expect(html).not.toContain("dead@example.com");
  expect(html).toMatch(new RegExp(`<button type="button"[^>]*>Retry: Send an email \\(email ${email.id}\\)</button>`));
  expect(html).not.toContain("No failed or dead jobs.");

  expect(await retryJobAction(dead.id)).toMatchObject({ ok: true });
  const sent = await waitFor(
    "the retried email to be sent",
    () => getDb().outboxEmail.findUniqueOrThrow({ where: { id: email.id } }),
    (row) => row.status === "SENT",
  );
  expect(sent.attempts).toBe(2);
  expect(smtp.received).toEqual([{ messageId: `<${email.id}@outbox.local>`, to: ["dead@example.com"] }]);
  const audit = await getDb().auditLog.findMany({ where: { action: "job.retry", entityId: dead.id } });
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({
    entityType: "Job",
    before: { queue: "email-send", state: "dead" },
    after: { state: "queued", emailId: email.id, emailReopened: true },
  });

  // Gone from the dead jobs at once; a second click (or a second person) finds nothing to retry.
  const after = await renderJobsPage();
  expect(countsRow(after, "Send an email")).toBe("0 0 0 0");
  expect(after).toContain("No failed or dead jobs.");
  expect(await retryJobAction(dead.id)).toMatchObject({ ok: false, message: expect.stringMatching(/retried already/) });
  expect(await getDb().auditLog.count({ where: { action: "job.retry" } })).toBe(1);
});

it("refuses the page and the action without a staff session, and the action from another site", async () => {
  mockRequest({ headers: SAME_ORIGIN_HEADERS });
  expect(await expectRedirect(() => JobsPage())).toMatch(/^\/admin\/login/);
  expect(await expectRedirect(() => retryJobAction("00000000-0000-4000-8000-000000000000"))).toMatch(/^\/admin\/login/);

  const refused = expectWarning(/^Refused cross-site Server Action/);
  mockRequest({ cookie, headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } });
  expect(await retryJobAction("00000000-0000-4000-8000-000000000000")).toMatchObject({ ok: false });
  expect(refused).toHaveLength(1);

  mockRequest({ cookie, headers: SAME_ORIGIN_HEADERS });
  expect(await retryJobAction("not-a-job-id")).toMatchObject({ ok: false });
  expect(await getDb().auditLog.count({ where: { action: "job.retry" } })).toBe(1);
});

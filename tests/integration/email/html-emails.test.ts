import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getDb } from "@/lib/db";
import { queueOrderConfirmation } from "@/lib/email/queue-order-confirmation";
import { queueLatePaymentNotice } from "@/lib/email/queue-late-payment-notice";
import { emailHtml } from "@/lib/email/email-html";
import { signInLimitText } from "@/lib/email/sign-in-limit-text";
import { shippedEmailText } from "@/lib/admin/orders/shipped-email-text";
import { envProblems } from "@/lib/env";
import { enqueueOutboxDelivery } from "@/lib/job-queue/enqueue-outbox-delivery";
import { RETURNS_SENTENCE } from "@/lib/policies/returns-sentence";
import { orderHref } from "@/lib/routes/storefront";
import { siteOrigin } from "@/lib/site";
import { useJobRunner } from "../../support/job-runner";
import { waitFor } from "../../support/wait-for";
import { readEml } from "../../support/read-eml";

// Every email goes out as HTML with its plain text as the alternative, from EMAIL_FROM. The
// HTML is made from the text with every value escaped: a shopper types their own name and
// address at checkout, and none of it may become markup in anyone's mail client.

const FROM = "Steady Stride Orders <orders@shop.example>";
let outboxDir = "";
// Before the job runner starts and before the settings are first read.
beforeAll(() => {
  outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), "html-email-"));
  process.env.EMAIL_OUTBOX_DIR = outboxDir;
  process.env.EMAIL_FROM = FROM;
  delete process.env.SMTP_URL;
});
afterAll(() => fs.rmSync(outboxDir, { recursive: true, force: true }));
useJobRunner();
afterAll(() => getDb().$disconnect());

const HOSTILE = {
  shipName: `<script>alert("x")</script> Ann & "Bo" O'Neil`,
  shipLine1: "<img src=x onerror=alert(1)> 1 Main St",
  shipCity: "Portland",
  shipState: "OR",
  shipPostalCode: "97201",
  shipCountry: "US",
};

async function paidOrder(email = "ann@example.com", data: Record<string, unknown> = {}) {
  return getDb().order.create({
    data: {
      accessToken: `token-${Math.random().toString(36).slice(2)}-000000000000000000`,
      currency: "usd",
      totalCents: 12_000,
      status: "PAID",
      email,
      ...data,
    },
  });
}

async function sent(emailId: string) {
  await enqueueOutboxDelivery();
  await waitFor(
    "the email to be sent",
    () => getDb().outboxEmail.findUniqueOrThrow({ where: { id: emailId } }),
    (row) => row.status === "SENT",
    { timeoutMs: 15_000 },
  );
  return readEml(outboxDir, emailId);
}

it("sends the confirmation as multipart/alternative: the text, then HTML that escapes what the shopper typed, from EMAIL_FROM", async () => {
  const order = await paidOrder("ann@example.com", HOSTILE);
  await getDb().$transaction((tx) => queueOrderConfirmation(tx, order.id));
  const row = await getDb().outboxEmail.findFirstOrThrow({ where: { orderId: order.id, kind: "order_confirmation" } });
  expect(row.html).toEqual(expect.stringContaining("<!doctype html>"));

  const eml = await sent(row.id);
  expect(eml.headers.from).toBe(FROM);
  expect(eml.headers["content-type"]).toMatch(/^multipart\/alternative/);
  const [text, html] = eml.parts;
  expect(text?.contentType).toMatch(/^text\/plain/);
  expect(html?.contentType).toMatch(/^text\/html/);

  // The text keeps the shopper's words as typed; the HTML shows them as text, never as markup.
  expect(text!.body).toContain(HOSTILE.shipName);
  expect(html!.body).not.toContain("<script");
  expect(html!.body).not.toContain("<img");
  expect(html!.body).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Ann &amp; &quot;Bo&quot; O&#39;Neil");
  expect(html!.body).toContain("&lt;img src=x onerror=alert(1)&gt; 1 Main St");

  // A link to the order page, the returns sentence with its page, and the policy pages.
  const link = `${siteOrigin()}${orderHref(order)}`;
  expect(text!.body).toContain(link);
  expect(text!.body).toContain(RETURNS_SENTENCE);
  expect(text!.body).toContain(`${siteOrigin()}/help/returns`);
  const escapedLink = link.replace(/&/g, "&amp;");
  expect(html!.body).toContain(`href="${escapedLink}"`);
  for (const slug of ["shipping", "returns", "privacy", "contact"])
    expect(html!.body).toContain(`href="${siteOrigin()}/help/${slug}"`);
  // No images and nothing fetched from elsewhere when the email is opened.
  expect(html!.body).not.toMatch(/<(?:img|link|script|style)\b|\ssrc="/i);
});

it("sends the late-payment notice with both parts too", async () => {
  const order = await paidOrder("late@example.com");
  await getDb().$transaction((tx) => queueLatePaymentNotice(tx, order.id));
  const row = await getDb().outboxEmail.findFirstOrThrow({ where: { orderId: order.id, kind: "late_payment" } });
  const eml = await sent(row.id);
  expect(eml.parts.map((part) => part.contentType.split(";")[0])).toEqual(["text/plain", "text/html"]);
  expect(eml.headers.from).toBe(FROM);
});

it("gives an email queued with text only (an older row, or the shipped email) an HTML part made from its text", async () => {
  const order = await paidOrder("shipped@example.com");
  const { subject, text, html } = shippedEmailText(
    { ...order, carrier: "ups", trackingNumber: "1Z<b>999" },
    "Steady Stride",
    siteOrigin(),
  );
  expect(html).toContain("1Z&lt;b&gt;999");
  const row = await getDb().outboxEmail.create({
    data: { kind: "order_shipped", orderId: order.id, to: "shipped@example.com", subject, text },
  });
  const eml = await sent(row.id);
  const [plain, fallback] = eml.parts;
  expect(plain?.body).toContain("1Z<b>999");
  expect(fallback?.contentType).toMatch(/^text\/html/);
  expect(fallback?.body).toContain("1Z&lt;b&gt;999");
  expect(fallback?.body).not.toContain("<b>");
  // About an order, so a shopper's email: it gets the policy links.
  expect(fallback?.body).toContain(`${siteOrigin()}/help/returns`);
});

it("gives the staff sign-in email its HTML without shopper policy links", () => {
  const { text, html } = signInLimitText(
    { account: "staff@example.com", failures: 6, addresses: ["203.0.113.9"] },
    "Steady Stride",
    "http://localhost:3000",
  );
  expect(text).toContain("http://localhost:3000/admin/account");
  expect(html).toContain('href="http://localhost:3000/admin/account"');
  expect(html).not.toContain("/help/");
});

it("links the store's own URLs and a carrier's tracking page, and leaves any other URL as text", () => {
  const { html } = shippedEmailText(
    { id: "o1", accessToken: "t", carrier: "ups", trackingNumber: "1Z999AA1", orderNumber: 1042 },
    "Steady Stride",
    "http://localhost:3000",
  );
  expect(html).toContain('href="https://www.ups.com/track?tracknum=1Z999AA1"');
  expect(html).toContain('href="http://localhost:3000/orders/o1?token=t"');
  const typed = emailHtml("Ship to: Ada http://evil.example/x and http://localhost:3000.evil.example/", {
    storeName: "Steady Stride",
    origin: "http://localhost:3000",
  });
  expect(typed).toContain("Ada http://evil.example/x");
  expect(typed).not.toContain('evil.example/x"');
  expect(typed).not.toMatch(/href="http:\/\/(evil|localhost:3000\.evil)/);
});

describe("EMAIL_FROM", () => {
  const base = { DATABASE_URL: "postgresql://localhost/x" };
  it.each(["orders@shop.example", "Steady Stride <orders@shop.example>", '"Steady Stride" <orders@shop.example>'])(
    "accepts %s",
    (value) => expect(envProblems({ ...base, EMAIL_FROM: value })).toEqual([]),
  );
  it.each(["nobody", "Steady Stride", "a@b.example\r\nBcc: x@y.example", "Shop <not an address>"])(
    "refuses %j at start, naming the setting",
    (value) => expect(envProblems({ ...base, EMAIL_FROM: value })).toEqual([expect.stringMatching(/^EMAIL_FROM: /)]),
  );
  it("has a default when unset or empty", () => {
    expect(envProblems({ ...base })).toEqual([]);
    expect(envProblems({ ...base, EMAIL_FROM: "" })).toEqual([]);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { POST as findOrder } from "@/app/api/orders/find/route";
import { getDb } from "@/lib/db";
import { FIND_ORDER_ANSWER } from "@/lib/order-lookup/find-order-schema";
import { LOOKUP_EMAILS_PER_ORDER_PER_HOUR, ORDER_LOOKUP } from "@/lib/order-lookup/request-order-link";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { RATE_LIMIT_BUCKETS } from "@/lib/rate-limit/buckets";
import { orderHref } from "@/lib/routes/storefront";
import { siteOrigin } from "@/lib/site";
import { expectWarning } from "../../support/expect-warning";
import { useJobRunner } from "../../support/job-runner";
import { waitFor } from "../../support/wait-for";
import { readEml } from "../../support/read-eml";

// /orders/find: an email and an order number get the order's link emailed to the order's own
// address. The answer is the same whether or not they match (status, body and headers), so the
// form can't be used to learn who bought what; it is rate limited per address and capped per order.

let outboxDir = "";
beforeAll(() => {
  outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), "find-order-"));
  process.env.EMAIL_OUTBOX_DIR = outboxDir;
  delete process.env.SMTP_URL;
});
afterAll(() => fs.rmSync(outboxDir, { recursive: true, force: true }));
useJobRunner();
afterAll(() => getDb().$disconnect());

let nextIp = 1;
/** A public address of its own per call unless given: the per-address limit isn't what most tests look at. */
const freshIp = () => `198.51.100.${nextIp++}`;

function post(body: unknown, options: { ip?: string; form?: boolean; origin?: string; type?: string } = {}) {
  const form = options.form ?? false;
  return findOrder(
    new NextRequest("http://localhost/api/orders/find", {
      method: "POST",
      headers: {
        "content-type": options.type ?? (form ? "application/x-www-form-urlencoded" : "application/json"),
        origin: options.origin ?? "http://localhost",
        "sec-fetch-site": options.origin ? "cross-site" : "same-origin",
        "x-forwarded-for": options.ip ?? freshIp(),
      },
      body:
        typeof body === "string"
          ? body
          : form
            ? new URLSearchParams(body as Record<string, string>).toString()
            : JSON.stringify(body),
    }),
  );
}

async function answer(response: Response) {
  return {
    status: response.status,
    body: await response.text(),
    headers: [...response.headers.entries()].filter(([name]) => name !== "date"),
  };
}

async function createOrder(email: string | null = "ann@example.com") {
  return getDb().order.create({
    data: {
      accessToken: `find-${Math.random().toString(36).slice(2)}-00000000000000000000`,
      currency: "usd",
      totalCents: 9_900,
      status: "PAID",
      email,
    },
  });
}

const lookupEmails = () =>
  getDb().outboxEmail.findMany({ where: { kind: ORDER_LOOKUP }, orderBy: { createdAt: "asc" } });

async function drainOutbox() {
  await waitFor(
    "the outbox to drain",
    () => getDb().outboxEmail.count({ where: { status: "PENDING" } }),
    (pending) => pending === 0,
    { timeoutMs: 10_000 },
  );
}

// Emails queued by a test are sent before the next one clears the table, never while.
afterEach(drainOutbox);
beforeEach(async () => {
  await getDb().outboxEmail.deleteMany();
  await getDb().orderLookupWindow.deleteMany();
});

describe("/orders/find", () => {
  it("answers a match, an unknown number and a wrong email identically, and emails only the match, to the order's address", async () => {
    const order = await createOrder("Ann.Walker@example.com");
    const number = formatOrderNumber(order.orderNumber);
    const known = await answer(await post({ email: "ann.walker@EXAMPLE.com", orderNumber: number }));
    const unknown = await answer(
      await post({ email: "ann.walker@example.com", orderNumber: String(order.orderNumber + 5000) }),
    );
    const wrongEmail = await answer(await post({ email: "someone@example.com", orderNumber: number }));
    const noEmailOrder = await createOrder(null);
    const orderWithoutEmail = await answer(
      await post({ email: "someone@example.com", orderNumber: formatOrderNumber(noEmailOrder.orderNumber) }),
    );

    expect(known.status).toBe(200);
    expect(JSON.parse(known.body)).toEqual({ ok: true, message: FIND_ORDER_ANSWER });
    for (const other of [unknown, wrongEmail, orderWithoutEmail]) expect(other).toEqual(known);

    const emails = await lookupEmails();
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to: "Ann.Walker@example.com", orderId: null });
    const link = `${siteOrigin()}${orderHref(order)}`;
    expect(emails[0]!.text).toContain(link);
    expect(emails[0]!.html).toContain(link.replace(/&/g, "&amp;"));

    await drainOutbox();
    const eml = readEml(outboxDir, emails[0]!.id);
    expect(eml.headers.to).toBe("Ann.Walker@example.com");
    expect(eml.parts.map((part) => part.contentType.split(";")[0])).toEqual(["text/plain", "text/html"]);
    expect(eml.parts[0]!.body).toContain(link);
  });

  it.each(["SS-{n}", "{n}", "ss {n}", " SS{n} "])("takes the order number written as %j", async (pattern) => {
    const order = await createOrder("typed@example.com");
    const response = await post({
      email: "typed@example.com",
      orderNumber: pattern.replace("{n}", String(order.orderNumber)),
    });
    expect(response.status).toBe(200);
    expect(await lookupEmails()).toHaveLength(1);
  });

  it(`sends one order at most ${LOOKUP_EMAILS_PER_ORDER_PER_HOUR} lookup emails an hour, however many addresses ask, at once or not, with the same answer`, async () => {
    const order = await createOrder("capped@example.com");
    const body = { email: "capped@example.com", orderNumber: formatOrderNumber(order.orderNumber) };
    const answers = await Promise.all(Array.from({ length: 8 }, async () => answer(await post(body))));
    answers.push(await answer(await post(body)));
    for (const other of answers) expect(other).toEqual(answers[0]);
    expect(answers[0]!.status).toBe(200);
    expect(await lookupEmails()).toHaveLength(LOOKUP_EMAILS_PER_ORDER_PER_HOUR);

    // Another order is not held back by this one's cap.
    const other = await createOrder("capped@example.com");
    await post({ email: "capped@example.com", orderNumber: String(other.orderNumber) });
    expect(await lookupEmails()).toHaveLength(LOOKUP_EMAILS_PER_ORDER_PER_HOUR + 1);

    // The next hour starts a new count: the window that passed is cleared by the next request.
    await getDb().orderLookupWindow.updateMany({
      where: { orderId: order.id },
      data: { windowStart: new Date(Date.now() - 2 * 60 * 60 * 1000) },
    });
    await post(body);
    expect(await lookupEmails()).toHaveLength(LOOKUP_EMAILS_PER_ORDER_PER_HOUR + 2);
    expect(await getDb().orderLookupWindow.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("refuses an address past the order-lookup limit with a 429 and Retry-After, known order or not", async () => {
    const ip = "203.0.113.77";
    const { points } = RATE_LIMIT_BUCKETS["order-lookup"];
    const order = await createOrder("limited@example.com");
    for (let request = 0; request < points; request++)
      expect((await post({ email: "x@example.com", orderNumber: String(900_000 + request) }, { ip })).status).toBe(200);
    const refused = await post({ email: "limited@example.com", orderNumber: String(order.orderNumber) }, { ip });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: "rate_limited" });
    expect(await lookupEmails()).toHaveLength(0);
    // The form without JavaScript is sent back to the page, which says why.
    const form = await post({ email: "limited@example.com", orderNumber: "1" }, { ip, form: true });
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toBe("/orders/find?error=limited");
  });

  it.each([
    [{}, ["email", "orderNumber"]],
    [{ email: "not an email", orderNumber: "SS-1001" }, ["email"]],
    [{ email: "a@example.com", orderNumber: "SS-" }, ["orderNumber"]],
    [{ email: "a@example.com", orderNumber: "1042; drop table" }, ["orderNumber"]],
    [{ email: "a@example.com", orderNumber: 1042 }, ["orderNumber"]],
    [{ email: ["a@example.com"], orderNumber: "1042" }, ["email"]],
    [{ email: "a@example.com", orderNumber: "9".repeat(50) }, ["orderNumber"]],
  ])("answers bad input %j with a 400 naming the fields", async (body, fields) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json.error).toBe("invalid_input");
    expect(Object.keys(json.fields).sort()).toEqual([...fields].sort());
  });

  it("answers bodies that aren't a form's with a 4xx, never a 5xx", async () => {
    expect((await post("{not json")).status).toBe(400);
    expect((await post("[1,2]")).status).toBe(400);
    expect((await post("null")).status).toBe(400);
    expect((await post("email=a", { type: "text/plain" })).status).toBe(415);
    expect((await post(JSON.stringify({ email: "a".repeat(10_000) }))).status).toBe(413);
    const refusal = expectWarning(/^Refused cross-site POST \/api\/orders\/find/);
    expect((await post({ email: "a@example.com", orderNumber: "1" }, { origin: "https://evil.example" })).status).toBe(
      403,
    );
    expect(refusal).toHaveLength(1);
    expect(await lookupEmails()).toHaveLength(0);
  });

  it("works without JavaScript: a form post is redirected back with the same answer for a match and a miss", async () => {
    const order = await createOrder("form@example.com");
    const hit = await post({ email: "form@example.com", orderNumber: String(order.orderNumber) }, { form: true });
    const miss = await post({ email: "form@example.com", orderNumber: "999999" }, { form: true });
    expect(hit.status).toBe(303);
    expect(hit.headers.get("location")).toBe("/orders/find?sent=1");
    expect(await answer(miss)).toEqual(await answer(hit));
    const invalid = await post({ email: "", orderNumber: "" }, { form: true });
    expect(invalid.status).toBe(303);
    expect(invalid.headers.get("location")).toBe("/orders/find?error=invalid");
    expect(await lookupEmails()).toHaveLength(1);
  });
});

import { expectRedirect, mockRequest, SAME_ORIGIN_HEADERS } from "../../support/next-request-mocks";
import { randomBytes } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { getDb } from "@/lib/db";
import type { OrderStatus, RefundStatus, ReturnReason, ReturnStatus } from "@/lib/generated/prisma/client";
import { getReport } from "@/lib/admin/reports/get-report";
import { parseReportRange } from "@/lib/admin/reports/report-range";
import ReportsPage from "@/app/admin/(console)/reports/page";
import { GET as dailySalesCsv } from "@/app/api/admin/reports/daily-sales/route";
import { staffActorForTests } from "../../support/staff-actor-for-tests";
import { adminRequest, createStaff, signInCookie } from "./support";

// The admin reports page (issue #17): sales, refunds, average order value, top shoes and sizes,
// quiz completions beside orders, and return rates for a range of whole UTC days. One seeded
// set of orders, refunds, returns and quiz counts, with rows just inside and just outside the
// range's edges (00:00:00.000 on the first day, 23:59:59.999 on the last), and every rule that
// leaves something out (unpaid or cancelled orders, free exchanges, refunds that didn't succeed,
// declined returns, safety stops) given a row it must leave out. Returns and refunds are written
// directly: the returns code is not what is under test here.

const FROM = "2026-03-10";
const TO = "2026-03-12";
const actor = staffActorForTests({ userId: "reports", email: "reports@example.com", role: "staff" });

type Line = { productName: string; sizeLabel: string; widthCode: string; unitPriceCents: number; quantity: number };
const line = (productName: string, size: string, unitPriceCents: number, quantity: number): Line => {
  const [sizeLabel, widthCode] = size.split(" ") as [string, string];
  return { productName, sizeLabel, widthCode, unitPriceCents, quantity };
};

async function order(
  paidAt: string | null,
  lines: Line[],
  options: { status?: OrderStatus; currency?: string; totalCents?: number } = {},
) {
  const lineTotal = lines.reduce((sum, entry) => sum + entry.unitPriceCents * entry.quantity, 0);
  return getDb().order.create({
    data: {
      accessToken: randomBytes(16).toString("base64url"),
      status: options.status ?? "PAID",
      email: "walker@example.com",
      currency: options.currency ?? "usd",
      totalCents: options.totalCents ?? lineTotal,
      paidAt: paidAt ? new Date(paidAt) : null,
      lines: {
        create: lines.map((entry, index) => ({ ...entry, sku: `SKU-${index}-${randomBytes(4).toString("hex")}` })),
      },
    },
    include: { lines: true },
  });
}

async function returnRequest(
  orderLine: { id: string; orderId: string },
  createdAt: string,
  quantity: number,
  reason: ReturnReason,
  options: { status?: ReturnStatus; exchangeOrderId?: string } = {},
) {
  return getDb().returnRequest.create({
    data: {
      orderId: orderLine.orderId,
      status: options.status ?? "REQUESTED",
      resolution: options.exchangeOrderId ? "exchange" : "refund",
      exchangeOrderId: options.exchangeOrderId,
      createdAt: new Date(createdAt),
      lines: { create: [{ orderLineId: orderLine.id, quantity, reason }] },
    },
  });
}

async function refund(orderId: string, createdAt: string, amountCents: number, status: RefundStatus, currency = "usd") {
  return getDb().refund.create({
    data: { orderId, kind: "cancellation", amountCents, currency, status, createdAt: new Date(createdAt) },
  });
}

async function quizCount(day: string, kind: string, count: number) {
  await getDb().fitDailyCount.create({ data: { day: new Date(`${day}T00:00:00.000Z`), kind, count } });
}

beforeAll(async () => {
  // Counted (USD): A at the first instant, B at the last, G a zero total from a discount (a sale).
  const a = await order("2026-03-10T00:00:00.000Z", [line("Trail Walker", "9 D", 10_000, 2)], { totalCents: 20_500 });
  const b = await order(
    "2026-03-12T23:59:59.999Z",
    [line("City Stroll", "10 2E", 12_000, 1), line("Trail Walker", "10 2E", 10_000, 1)],
    { status: "SHIPPED" },
  );
  await order("2026-03-11T09:00:00.000Z", [line("Comfort Glide", "8 D", 9_000, 1)], { totalCents: 0 });
  // Counted (GBP).
  await order("2026-03-11T12:00:00.000Z", [line("Trail Walker", "9 D", 8_000, 1)], { currency: "gbp" });

  // Left out: paid a millisecond before and exactly at the end of the range, cancelled, unpaid.
  const c = await order("2026-03-09T23:59:59.999Z", [line("Trail Walker", "9 D", 10_000, 5)]);
  const d = await order("2026-03-13T00:00:00.000Z", [line("City Stroll", "10 2E", 12_000, 3)]);
  await order("2026-03-11T10:00:00.000Z", [line("City Stroll", "11 D", 99_900, 1)], { status: "CANCELLED" });
  await order(null, [line("City Stroll", "11 D", 12_000, 4)], { status: "PENDING" });
  // Left out: a free exchange's order, paid inside the range (its return was requested earlier).
  const exchange = await order("2026-03-11T15:00:00.000Z", [line("City Stroll", "9 D", 12_000, 1)], {
    totalCents: 0,
  });
  await returnRequest(c.lines[0]!, "2026-03-05T10:00:00.000Z", 1, "too_big", {
    status: "RECEIVED",
    exchangeOrderId: exchange.id,
  });

  // Refunds: only succeeded ones made inside the range count, whichever day their order was paid.
  // (Cancellation refunds: the store allows one live one per order.)
  await refund(c.id, "2026-03-11T08:00:00.000Z", 5_000, "succeeded");
  await refund(a.id, "2026-03-11T08:00:00.000Z", 2_000, "pending");
  await refund(a.id, "2026-03-12T08:00:00.000Z", 3_000, "failed");
  await refund(d.id, "2026-03-13T00:00:00.000Z", 4_000, "succeeded");

  // Returns requested inside the range (a pair sold inside it, two sold before it), one declined
  // inside it and one requested after it.
  await returnRequest(a.lines[0]!, "2026-03-10T00:00:00.000Z", 1, "too_small");
  await returnRequest(c.lines[0]!, "2026-03-12T23:59:59.999Z", 2, "heel_slips", { status: "APPROVED" });
  await returnRequest(b.lines[0]!, "2026-03-11T10:00:00.000Z", 1, "faulty", { status: "DECLINED" });
  await returnRequest(b.lines[1]!, "2026-03-13T00:00:00.000Z", 1, "too_big");

  // Quiz completions inside and outside the range, and a safety stop (not a completion).
  await quizCount("2026-03-09", "completed", 100);
  await quizCount("2026-03-10", "completed", 3);
  await quizCount("2026-03-12", "completed", 5);
  await quizCount("2026-03-13", "completed", 50);
  await quizCount("2026-03-11", "stop_urgent", 7);
});

const range = () => parseReportRange({ from: FROM, to: TO }).range;

describe("the numbers", () => {
  it("counts paid and shipped orders by the UTC day they were paid, per currency, without free exchanges", async () => {
    const report = await getReport(actor, range());
    expect(report.currencies.map(({ summary }) => summary)).toEqual([
      { currency: "gbp", orders: 1, grossCents: 8_000, refundCents: 0, netCents: 8_000, averageOrderCents: 8_000 },
      // 42 500 / 3 = 14 166.67, rounded to the nearest cent.
      {
        currency: "usd",
        orders: 3,
        grossCents: 42_500,
        refundCents: 5_000,
        netCents: 37_500,
        averageOrderCents: 14_167,
      },
    ]);
    expect(report.paidOrders).toBe(4);
    const usd = report.currencies.find(({ sales }) => sales.currency === "usd")!.sales.days;
    expect(usd).toEqual([
      { day: "2026-03-10", orders: 1, grossCents: 20_500, refundCents: 0, netCents: 20_500 },
      { day: "2026-03-11", orders: 1, grossCents: 0, refundCents: 5_000, netCents: -5_000 },
      { day: "2026-03-12", orders: 1, grossCents: 22_000, refundCents: 0, netCents: 22_000 },
    ]);
  });

  it("moves with the range's edges: one day wider on each side takes in the orders and refund at the edges", async () => {
    const wider = await getReport(actor, parseReportRange({ from: "2026-03-09", to: "2026-03-13" }).range);
    const usd = wider.currencies.find(({ sales }) => sales.currency === "usd")!.summary;
    // + C (500.00) on the 9th and the 120.00 × 3 order on the 13th; + the 40.00 refund on the 13th.
    expect(usd).toMatchObject({ orders: 5, grossCents: 42_500 + 50_000 + 36_000, refundCents: 9_000 });
  });

  it("ranks the top shoes and sizes by pairs sold, with line revenue kept per currency", async () => {
    const report = await getReport(actor, range());
    expect(report.topShoes).toEqual([
      { productName: "Trail Walker", pairs: 4, revenue: { usd: 30_000, gbp: 8_000 } },
      { productName: "City Stroll", pairs: 1, revenue: { usd: 12_000 } },
      { productName: "Comfort Glide", pairs: 1, revenue: { usd: 9_000 } },
    ]);
    expect(report.topSizes).toEqual([
      { sizeLabel: "9", widthCode: "D", pairs: 3, revenue: { usd: 20_000, gbp: 8_000 } },
      { sizeLabel: "10", widthCode: "2E", pairs: 2, revenue: { usd: 22_000 } },
      { sizeLabel: "8", widthCode: "D", pairs: 1, revenue: { usd: 9_000 } },
    ]);
  });

  it("sets quiz completions in the range beside its paid orders (4 orders per 8 completions = 50.0 per 100)", async () => {
    const report = await getReport(actor, range());
    expect(report.quiz).toEqual({ completions: 8, paidOrders: 4, ordersPer100Completions: 50 });
    expect(report.quizByDay).toEqual([
      { day: "2026-03-10", completions: 3 },
      { day: "2026-03-11", completions: 0 },
      { day: "2026-03-12", completions: 5 },
    ]);
  });

  it("gives the return rate overall, by reason and by shoe, leaving out declined returns and other days", async () => {
    const { returns } = await getReport(actor, range());
    expect(returns.total).toEqual({ pairsReturned: 3, pairsSold: 6, rate: 0.5 });
    expect(returns.byReason.filter((row) => row.pairsReturned > 0)).toEqual([
      { reason: "too_small", pairsReturned: 1, pairsSold: 6, rate: 1 / 6 },
      { reason: "heel_slips", pairsReturned: 2, pairsSold: 6, rate: 2 / 6 },
    ]);
    expect(returns.byReason).toHaveLength(9);
    expect(returns.byProduct).toEqual([{ productName: "Trail Walker", pairsReturned: 3, pairsSold: 4, rate: 0.75 }]);
  });

  it("has nothing for a range without orders, refunds, quizzes or returns", async () => {
    const report = await getReport(actor, parseReportRange({ from: "2026-01-01", to: "2026-01-31" }).range);
    expect(report.currencies).toEqual([]);
    expect([report.topShoes, report.topSizes, report.returns.byProduct]).toEqual([[], [], []]);
    expect(report.quiz).toEqual({ completions: 0, paidOrders: 0, ordersPer100Completions: null });
    expect(report.returns.total).toEqual({ pairsReturned: 0, pairsSold: 0, rate: null });
  });
});

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

const renderPage = async (params: Record<string, string>) =>
  renderToStaticMarkup(await ReportsPage({ searchParams: Promise.resolve(params) }));

describe("the page", () => {
  let cookie = "";
  beforeAll(async () => {
    await createStaff("reports-clerk@example.com");
    cookie = await signInCookie("reports-clerk@example.com");
  });
  beforeEach(() => mockRequest({ cookie, headers: SAME_ORIGIN_HEADERS }));

  it("shows the range in UTC, the sales per currency, the top lists, the quiz ratio and the returns", async () => {
    const html = await renderPage({ from: FROM, to: TO });
    const text = textOf(html);
    expect(text).toContain("2026-03-10 to 2026-03-12 (3 days, UTC");
    expect(text).toContain("In GBP");
    expect(text).toMatch(
      /In USD Paid orders 3 Gross sales \$425\.00 Refunds \$50\.00 Net sales \$375\.00 Average order value \$141\.67/,
    );
    expect(text).toContain("1 Trail Walker 4 £80.00 + $300.00");
    expect(text).toContain("1 9 D 3 £80.00 + $200.00");
    expect(text).toMatch(/Orders per 100 quiz completions 50\.0/);
    expect(text).toContain("This is not attribution.");
    expect(text).toContain("Return rate: 50.0% (3 pairs on returns requested, of 6 pairs sold in these days)");
    expect(text).toContain("Heel slips 2 pairs Uncomfortable 0 pairs");
    expect(text).toMatch(/Heel slips 2 6 33\.3%/);
    expect(text).toMatch(/Trail Walker 3 4 75\.0%/);
    // The sales chart is SVG (no script), with its numbers in the table it names.
    expect(html).toContain(
      'aria-label="Gross sales per day (USD): chart; exact values in the table “Sales per day in USD”"',
    );
    expect(html).not.toContain("<script");
    expect(html).toContain('value="2026-03-10"');
  });

  it("shows empty states for a range with nothing in it", async () => {
    const text = textOf(await renderPage({ from: "2026-01-01", to: "2026-01-31" }));
    expect(text).toContain("No paid orders or refunds in these days.");
    expect(text).toContain("No pairs sold in these days.");
    expect(text).toContain("No fit quizzes were completed in these days.");
    expect(text).toContain("No returns were requested in these days.");
    expect(text).toContain("Return rate: —");
  });

  it.each([
    [{ from: "2026-02-31", to: "2026-03-05" }, "The From date isn't a real date (use YYYY-MM-DD)."],
    [{ from: "2026-03-12", to: "2026-03-10" }, "The From date is after the To date."],
    [{ from: "2023-01-01", to: "2026-03-12" }, "A range can be at most 731 days (two years)."],
    [{ from: "%00", to: "<script>" }, "The From date isn't a real date (use YYYY-MM-DD)."],
  ])("case 36: answers %j with the message and the last 30 days, not an error", async (params, message) => {
    const html = await renderPage(params);
    const { range: fallback } = parseReportRange({});
    expect(textOf(html)).toContain(`${message} Showing the last 30 days instead.`);
    expect(html).toMatch(/role="alert"/);
    expect(textOf(html)).toContain(`${fallback.from} to ${fallback.to} (30 days`);
    expect(html).not.toContain("<script>");
  });

  it("case 20: redirects to the sign-in page without a staff session", async () => {
    mockRequest();
    await expect(expectRedirect(() => renderPage({ from: FROM, to: TO }))).resolves.toBe("/admin/login");
  });
});

describe("the per-day CSV", () => {
  let cookie = "";
  beforeAll(async () => {
    await createStaff("reports-csv@example.com");
    cookie = await signInCookie("reports-csv@example.com");
  });
  const csv = (query: string, withCookie = true) =>
    dailySalesCsv(adminRequest(`/api/admin/reports/daily-sales?${query}`, withCookie ? { cookie } : {}));

  it("downloads one currency's days, zeros included, as decimals", async () => {
    const response = await csv(`from=${FROM}&to=${TO}&currency=USD`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="sales-usd-2026-03-10-to-2026-03-12.csv"',
    );
    expect(await response.text()).toBe(
      [
        "day_utc,currency,paid_orders,gross_sales,refunds,net_sales",
        "2026-03-10,USD,1,205.00,0.00,205.00",
        "2026-03-11,USD,1,0.00,50.00,-50.00",
        "2026-03-12,USD,1,220.00,0.00,220.00",
        "",
      ].join("\r\n"),
    );
  });

  it("cases 18 and 20: answers a bad range or currency with a 400 naming the field, and no session with a 401", async () => {
    const reversed = await csv(`from=${TO}&to=${FROM}&currency=usd`);
    expect(reversed.status).toBe(400);
    expect(await reversed.json()).toMatchObject({ fields: { to: "The From date is after the To date." } });
    const badCurrency = await csv(`from=${FROM}&to=${TO}&currency=US%20D`);
    expect(badCurrency.status).toBe(400);
    expect(await badCurrency.json()).toMatchObject({ fields: { currency: expect.any(String) } });
    const signedOut = await csv(`from=${FROM}&to=${TO}&currency=usd`, false);
    expect(signedOut.status).toBe(401);
  });
});

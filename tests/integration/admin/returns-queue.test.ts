/** @jest-environment-options {"template":"seeded"} */
import { mockRequest, SAME_ORIGIN_HEADERS } from "../../support/next-request-mocks";
import { renderToStaticMarkup } from "react-dom/server";
import { getDb } from "@/lib/db";
import { listReturns, RETURNS_PAGE_SIZE } from "@/lib/admin/returns/list-returns";
import { parseReturnFilters } from "@/lib/admin/returns/return-filters";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { formatReturnNumber } from "@/lib/returns/return-status";
import ReturnsPage from "@/app/admin/(console)/returns/page";
import { staffActorForTests } from "../../support/staff-actor-for-tests";
import { createOrder } from "./fixtures";
import { createReturn } from "./returns-fixtures";
import { createStaff, signInCookie } from "./support";

// The staff returns queue (issue #17): open returns by default, filters by status, resolution and
// reason, search by return number, order number or email, counts per status tab, paging, and bad
// query values falling back to defaults rather than failing (case 36 of docs/reliability-cases.md:
// no client input causes a 5xx).

const actor = staffActorForTests({ userId: "x", email: "queue@example.com", role: "staff" });
const list = (params: Record<string, string>) => listReturns(actor, parseReturnFilters(params));
const ids = async (params: Record<string, string>) => (await list(params)).returns.map((row) => row.id);
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

let cookie = "";
beforeAll(async () => {
  await createStaff("queue-staff@example.com");
  cookie = await signInCookie("queue-staff@example.com");
});
beforeEach(() => mockRequest({ cookie, headers: SAME_ORIGIN_HEADERS }));

describe("one shopper's returns in every status", () => {
  // Each test searches by this domain, so the counts are this block's own.
  const domain = "@every-status.example.com";
  const made: Record<string, string> = {};
  beforeAll(async () => {
    const statuses = ["REQUESTED", "APPROVED", "DECLINED", "RECEIVED", "REFUNDED", "EXCHANGE_SHIPPED"] as const;
    for (const [index, status] of statuses.entries()) {
      const { returnRequest } = await createReturn({
        status,
        email: `${status.toLowerCase()}${domain}`,
        resolution: status === "EXCHANGE_SHIPPED" || status === "APPROVED" ? "exchange" : "refund",
        reason: index % 2 === 0 ? "too_small" : "heel_slips",
        quantity: status === "RECEIVED" ? 2 : 1,
        // Oldest first, a minute apart, so "newest first" has one answer.
        createdAt: new Date(Date.UTC(2026, 10, 1, 12, index)),
      });
      made[status] = returnRequest.id;
    }
  });

  it("shows the open ones (requested, approved, received) by default, newest first", async () => {
    expect(await ids({ q: domain })).toEqual([made.RECEIVED, made.APPROVED, made.REQUESTED]);
    expect(await ids({ q: domain, status: "open" })).toEqual([made.RECEIVED, made.APPROVED, made.REQUESTED]);
  });

  it("shows every status with 'any', and one status when asked", async () => {
    expect(await ids({ q: domain, status: "any" })).toEqual([
      made.EXCHANGE_SHIPPED,
      made.REFUNDED,
      made.RECEIVED,
      made.DECLINED,
      made.APPROVED,
      made.REQUESTED,
    ]);
    expect(await ids({ q: domain, status: "DECLINED" })).toEqual([made.DECLINED]);
    expect(await ids({ q: domain, status: "EXCHANGE_SHIPPED" })).toEqual([made.EXCHANGE_SHIPPED]);
  });

  it("counts each status tab under the other filters", async () => {
    expect((await list({ q: domain })).counts).toEqual({
      REQUESTED: 1,
      APPROVED: 1,
      DECLINED: 1,
      RECEIVED: 1,
      REFUNDED: 1,
      EXCHANGE_SHIPPED: 1,
      open: 3,
      any: 6,
    });
    // Exchanges only: the approved one and the shipped one.
    expect((await list({ q: domain, resolution: "exchange", status: "REFUNDED" })).counts).toMatchObject({
      APPROVED: 1,
      EXCHANGE_SHIPPED: 1,
      REFUNDED: 0,
      open: 1,
      any: 2,
    });
  });

  it("filters by resolution and by reason", async () => {
    expect(await ids({ q: domain, status: "any", resolution: "exchange" })).toEqual([
      made.EXCHANGE_SHIPPED,
      made.APPROVED,
    ]);
    expect(await ids({ q: domain, status: "any", reason: "heel_slips" })).toEqual([
      made.EXCHANGE_SHIPPED,
      made.RECEIVED,
      made.APPROVED,
    ]);
    expect(await ids({ q: domain, status: "open", resolution: "refund", reason: "too_small" })).toEqual([
      made.REQUESTED,
    ]);
  });

  it("sums the pairs and names the reasons, the order and the latest refund's status", async () => {
    const received = made.RECEIVED!;
    const returnRow = await getDb().returnRequest.findUniqueOrThrow({ where: { id: received } });
    await getDb().refund.create({
      data: {
        orderId: returnRow.orderId,
        returnId: received,
        kind: "return",
        amountCents: 500,
        currency: "usd",
        status: "failed",
        createdAt: new Date(Date.UTC(2026, 10, 2)),
      },
    });
    await getDb().refund.create({
      data: {
        orderId: returnRow.orderId,
        returnId: received,
        kind: "return",
        amountCents: 500,
        currency: "usd",
        status: "pending",
        createdAt: new Date(Date.UTC(2026, 10, 3)),
      },
    });
    const row = (await list({ q: domain })).returns.find((candidate) => candidate.id === received);
    expect(row).toMatchObject({
      pairs: 2,
      reasons: ["heel_slips"],
      resolution: "refund",
      status: "RECEIVED",
      refundStatus: "pending",
      order: { id: returnRow.orderId, email: `received${domain}` },
    });
    expect((await list({ q: domain })).returns.find((candidate) => candidate.id === made.REQUESTED)?.refundStatus).toBe(
      null,
    );
  });

  it("renders the tabs with their counts, the columns and links to the return and the order", async () => {
    const requested = await getDb().returnRequest.findUniqueOrThrow({
      where: { id: made.REQUESTED! },
      include: { order: true },
    });
    const html = renderToStaticMarkup(
      await ReturnsPage({ searchParams: Promise.resolve({ q: domain, resolution: "refund" }) }),
    );
    const text = textOf(html);
    // Counts under resolution=refund: requested, declined, received and refunded.
    expect(text).toContain("Open (2)");
    expect(text).toContain("All (4)");
    expect(text).toContain("Declined (1)");
    expect(text).toContain("Exchange shipped (0)");
    // The tabs keep the other filters and mark the current one.
    expect(html).toMatch(
      /href="\/admin\/returns\?resolution=refund&amp;q=%40every-status\.example\.com&amp;status=any"/,
    );
    expect(html).toMatch(/<a aria-current="page"[^>]*>Open \(2\)<\/a>/);
    expect(html).not.toMatch(/<a aria-current="page"[^>]*>All/);
    expect(html).toContain(`href="/admin/returns/${requested.id}"`);
    expect(html).toContain(`href="/admin/orders/${requested.orderId}"`);
    expect(text).toContain(
      `${formatReturnNumber(requested.returnNumber)} ${formatOrderNumber(requested.order.orderNumber)} requested${domain} 1 Too small Refund Requested 2026-11-01 12:00`,
    );
    expect(text).toContain("2 returns");
    expect(html).toContain("overflow-x-auto");
  });
});

describe("search", () => {
  it("finds a return by its number (R-1001 or 1001), its order's number (SS-1042) or part of the email", async () => {
    // An order without a return first, so this return's number and its order's differ.
    await createOrder("PAID");
    const { returnRequest, order } = await createReturn({ email: "Search.Me@Example.com" });
    expect(order.orderNumber).not.toBe(returnRequest.returnNumber);
    await createReturn({ email: "someone-else@example.com" });
    const find = (q: string) => ids({ q, status: "any" });
    expect(await find(formatReturnNumber(returnRequest.returnNumber))).toEqual([returnRequest.id]);
    expect(await find(`r ${returnRequest.returnNumber}`)).toEqual([returnRequest.id]);
    expect(await find(formatOrderNumber(order.orderNumber))).toEqual([returnRequest.id]);
    expect(await find("search.me@")).toEqual([returnRequest.id]);
    expect(await find("nobody-at-all")).toEqual([]);
    // A bare number is a return number or an order number: it finds either.
    expect(await find(String(returnRequest.returnNumber))).toContain(returnRequest.id);
    expect(await find(String(order.orderNumber))).toContain(returnRequest.id);
    // A prefix says which number it is.
    expect(await find(`R-${order.orderNumber}`)).not.toContain(returnRequest.id);
    expect(await find(`SS-${returnRequest.returnNumber}`)).not.toContain(returnRequest.id);
  });

  it("says so when nothing matches, with no table", async () => {
    const html = renderToStaticMarkup(
      await ReturnsPage({ searchParams: Promise.resolve({ q: "no-such-shopper@example.com" }) }),
    );
    expect(textOf(html)).toContain("0 returns matching “no-such-shopper@example.com”");
    expect(textOf(html)).toContain("No returns match these filters.");
    expect(html).not.toContain("<table");
  });
});

describe("paging", () => {
  it("shows 50 a page, newest first, and the rest on the next page with the filters kept", async () => {
    const domain = "@paging.example.com";
    const made: string[] = [];
    for (let index = 0; index < RETURNS_PAGE_SIZE + 1; index++) {
      const { returnRequest } = await createReturn({
        email: `shopper-${index}${domain}`,
        createdAt: new Date(Date.UTC(2026, 9, 1, 0, index)),
      });
      made.push(returnRequest.id);
    }
    const first = await list({ q: domain });
    expect(first).toMatchObject({ total: RETURNS_PAGE_SIZE + 1, pageCount: 2 });
    expect(first.returns.map((row) => row.id)).toEqual(made.slice(1).reverse());
    expect(await ids({ q: domain, page: "2" })).toEqual([made[0]]);
    expect(await ids({ q: domain, page: "3" })).toEqual([]);
    const html = renderToStaticMarkup(await ReturnsPage({ searchParams: Promise.resolve({ q: domain }) }));
    expect(html).toContain('href="/admin/returns?status=open&amp;q=%40paging.example.com&amp;page=2"');
    expect(textOf(html)).toContain("Page 1 of 2");
  });
});

describe("bad query values (case 36)", () => {
  it("fall back to each filter's default instead of failing", async () => {
    expect(
      parseReturnFilters({
        status: "SHIPPED",
        resolution: "store-credit",
        reason: "it hurt",
        q: "x".repeat(300),
        page: "-4",
      }),
    ).toEqual({ status: "open", resolution: "", reason: "", q: "", page: 1 });
    expect(parseReturnFilters({ status: ["REFUNDED", "open"], page: "2.5" })).toMatchObject({
      status: "REFUNDED",
      page: 1,
    });
    expect(parseReturnFilters({ page: "99999999" }).page).toBe(1);
    // A NUL byte in the search is text PostgreSQL can't compare: no search, and the page answers.
    expect(parseReturnFilters({ q: "a\u0000b" }).q).toBe("");
    const html = renderToStaticMarkup(
      await ReturnsPage({ searchParams: Promise.resolve({ status: "nope", q: "a\u0000b", page: "abc" }) }),
    );
    expect(textOf(html)).toMatch(/\d+ returns? /);
    expect(html).toContain('aria-current="page"');
  });
});

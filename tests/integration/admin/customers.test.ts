/** @jest-environment-options {"template":"seeded"} */
import { expectRedirect, mockRequest, SAME_ORIGIN_HEADERS } from "../../support/next-request-mocks";
import { renderToStaticMarkup } from "react-dom/server";
import { getDb } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { AdminNav } from "@/components/admin/admin-nav";
import { parseCustomerFilters } from "@/lib/admin/customers/customer-filters";
import { listCustomers } from "@/lib/admin/customers/list-customers";
import { getEnv } from "@/lib/env";
import { formatMoney } from "@/lib/money";
import { formatOrderNumber } from "@/lib/orders/order-number";
import CustomersPage from "@/app/admin/(console)/customers/page";
import CustomerPage from "@/app/admin/(console)/customers/history/page";
import { staffActorForTests } from "../../support/staff-actor-for-tests";
import { createOrder } from "./fixtures";
import { createStaff, signInCookie } from "./support";

// The customers list (issue #17): everyone with a paid order, one row per email in any case, what
// they spent less succeeded refunds, their returns, and a page per customer.

const actor = staffActorForTests({ userId: "x", email: "desk@example.com", role: "staff" });
const search = (value: Record<string, string> = {}) => ({ searchParams: Promise.resolve(value) });
const list = (params: Record<string, string> = {}) => listCustomers(actor, parseCustomerFilters(params));
const money = (cents: number) => formatMoney(cents, getEnv().STORE_CURRENCY);

async function order(status: OrderStatus, email: string | null, placedAt: string) {
  const { order } = await createOrder(status, { email });
  return getDb().order.update({ where: { id: order.id }, data: { createdAt: new Date(placedAt) } });
}

/** A refund; one for a return goes with a return of that order, as the schema's checks require. */
async function refund(
  orderId: string,
  amountCents: number,
  status: "succeeded" | "failed" | "pending",
  kind = "return",
) {
  const returnId =
    kind === "return" ? (await getDb().returnRequest.create({ data: { orderId, resolution: "refund" } })).id : null;
  return getDb().refund.create({ data: { orderId, returnId, kind, amountCents, currency: "usd", status } });
}

let cookie = "";
beforeAll(async () => {
  await createStaff("desk@example.com");
  cookie = await signInCookie("desk@example.com");
});
beforeEach(() => mockRequest({ cookie, headers: SAME_ORIGIN_HEADERS }));

describe("customers", () => {
  it("says there are no customers before anyone has paid, whatever unpaid orders exist", async () => {
    await order("PENDING", "early@example.com", "2026-11-01T10:00:00Z");
    await order("EXPIRED", "early@example.com", "2026-11-01T11:00:00Z");
    expect(await list()).toEqual({ total: 0, pageCount: 1, customers: [] });
    expect(renderToStaticMarkup(await CustomersPage(search()))).toContain("No customers yet.");
  });

  let ann: { paid: { id: string; totalCents: number }; shipped: { id: string; totalCents: number }; all: string[] };

  it("groups an email's orders in any case, counts paid and cancelled ones, and subtracts only succeeded refunds", async () => {
    const paid = await order("PAID", "Ann.Walker@Example.com", "2026-11-02T09:00:00Z");
    const shipped = await order("SHIPPED", "ann.walker@example.com", "2026-11-05T09:00:00Z");
    const pending = await order("PENDING", "ANN.WALKER@EXAMPLE.COM", "2026-11-20T09:00:00Z");
    const cancelled = await order("CANCELLED", "ann.walker@example.com", "2026-11-03T09:00:00Z");
    await refund(paid.id, 1_000, "succeeded");
    await refund(paid.id, 2_000, "failed");
    await refund(shipped.id, 3_000, "pending");
    // A paid order cancelled later, with its cancellation refund: neither counts as spent.
    await refund(cancelled.id, cancelled.totalCents, "succeeded", "cancellation");
    // An exchange's order ships replacement pairs at no charge: not another paid order.
    const exchange = await order("PAID", "ann.walker@example.com", "2026-11-06T09:00:00Z");
    await getDb().order.update({ where: { id: exchange.id }, data: { totalCents: 0 } });
    await getDb().returnRequest.create({
      data: { orderId: shipped.id, resolution: "exchange", exchangeOrderId: exchange.id },
    });
    ann = { paid, shipped, all: [paid.id, shipped.id, pending.id, cancelled.id, exchange.id] };

    const { total, customers } = await list();
    expect(total).toBe(1);
    expect(customers).toEqual([
      {
        email: "ann.walker@example.com",
        paidOrders: 2,
        cancelledOrders: 1,
        spentCents: paid.totalCents + shipped.totalCents - 1_000,
        returns: 4,
        lastOrderAt: new Date("2026-11-05T09:00:00Z"),
      },
    ]);
    const html = renderToStaticMarkup(await CustomersPage(search()));
    expect(html).toContain(money(paid.totalCents + shipped.totalCents - 1_000));
    expect(html).toContain('href="/admin/customers/history?email=ann.walker%40example.com"');
    expect(html).not.toContain("early@example.com");
  });

  it("lists the most recent order first, searches part of the email in any case, and takes % literally", async () => {
    await order("SHIPPED", "bo@example.org", "2026-11-10T09:00:00Z");
    await order("PAID", "cy@example.net", "2026-11-04T09:00:00Z");
    expect((await list()).customers.map((customer) => customer.email)).toEqual([
      "bo@example.org",
      "ann.walker@example.com",
      "cy@example.net",
    ]);
    expect((await list({ q: "  WALKER@" })).customers.map((customer) => customer.email)).toEqual([
      "ann.walker@example.com",
    ]);
    expect((await list({ q: "example.o" })).total).toBe(1);
    expect((await list({ q: "%" })).total).toBe(0);
    expect((await list({ q: "_" })).total).toBe(0);
    expect((await list({ q: "bad\u0000byte" })).total).toBe(0);
    const none = renderToStaticMarkup(await CustomersPage(search({ q: "nobody-here" })));
    expect(none).toContain("No customer matches “nobody-here”.");
  });

  it("pages 50 at a time without repeating anyone, and treats a bad page number as the first", async () => {
    for (let i = 0; i < 52; i++)
      await order(
        "PAID",
        `bulk${String(i).padStart(2, "0")}@example.com`,
        `2026-10-${String((i % 28) + 1).padStart(2, "0")}T08:00:00Z`,
      );
    const first = await list();
    const second = await list({ page: "2" });
    expect(first.total).toBe(55);
    expect(first.pageCount).toBe(2);
    expect(first.customers).toHaveLength(50);
    expect(second.customers).toHaveLength(5);
    const emails = [...first.customers, ...second.customers].map((customer) => customer.email);
    expect(new Set(emails).size).toBe(55);
    const dates = [...first.customers, ...second.customers].map((customer) => customer.lastOrderAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect((await list({ page: "nope" })).customers).toEqual(first.customers);
    const html = renderToStaticMarkup(await CustomersPage(search({ page: "2" })));
    expect(html).toContain("Page 2 of 2");
    expect(html).toContain('href="/admin/customers?page=1"');
  });

  it("shows one customer's orders, all of them, and their returns, found by the email in any case", async () => {
    const html = renderToStaticMarkup(await CustomerPage(search({ email: " ANN.Walker@example.COM " })));
    expect(html).toContain("ann.walker@example.com");
    const db = getDb();
    for (const id of ann.all) {
      const stored = await db.order.findUniqueOrThrow({ where: { id } });
      expect(html).toContain(`href="/admin/orders/${id}"`);
      expect(html).toContain(formatOrderNumber(stored.orderNumber));
    }
    expect(html).toContain("2 paid orders · 1 cancelled");
    expect(html).toContain(money(ann.paid.totalCents + ann.shipped.totalCents - 1_000));
    const returns = await db.returnRequest.findMany({ where: { orderId: { in: ann.all } } });
    expect(returns).toHaveLength(4);
    for (const request of returns) expect(html).toContain(`href="/admin/returns/${request.id}"`);
    expect(html).not.toContain("bo@example.org");
  });

  it("answers 404 for an email with no orders, and for a missing or unusable one", async () => {
    const notFound = expect.objectContaining({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });
    await expect(CustomerPage(search({ email: "stranger@example.com" }))).rejects.toEqual(notFound);
    await expect(CustomerPage(search())).rejects.toEqual(notFound);
    await expect(CustomerPage(search({ email: "bad\u0000@example.com" }))).rejects.toEqual(notFound);
    await expect(CustomerPage(search({ email: "x".repeat(300) }))).rejects.toEqual(notFound);
  });

  it("is in the admin's navigation for staff, and sends anyone without a session to sign in (case 20)", async () => {
    const nav = renderToStaticMarkup(AdminNav({ actor }));
    expect(nav).toContain('href="/admin/customers"');
    mockRequest();
    await expect(expectRedirect(() => CustomersPage(search()))).resolves.toBe("/admin/login");
    await expect(expectRedirect(() => CustomerPage(search({ email: "ann.walker@example.com" })))).resolves.toBe(
      "/admin/login",
    );
  });
});

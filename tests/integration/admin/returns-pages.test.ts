/** @jest-environment-options {"template":"seeded"} */
import { mockRequest, SAME_ORIGIN_HEADERS } from "../../support/next-request-mocks";
import { renderToStaticMarkup } from "react-dom/server";
import { getDb } from "@/lib/db";
import { getDashboard } from "@/lib/admin/dashboard/get-dashboard";
import { getAdminReturn } from "@/lib/admin/returns/get-return";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { formatReturnNumber } from "@/lib/returns/return-status";
import { writeAudit } from "@/lib/staff/write-audit";
import AdminOrderPage from "@/app/admin/(console)/orders/[id]/page";
import DashboardPage from "@/app/admin/(console)/page";
import ReturnPage from "@/app/admin/(console)/returns/[id]/page";
import { staffActorForTests } from "../../support/staff-actor-for-tests";
import { createOrder } from "./fixtures";
import { createReturn } from "./returns-fixtures";
import { createStaff, signInCookie } from "./support";

// A return's staff page, the returns and refunds on the admin order page, and the dashboard's
// return counts (issue #17). The state changes behind the buttons have their own tests; these
// check what staff are shown, which buttons fit which state, and that an unknown or malformed id
// is a 404, never a 500 (case 36 of docs/reliability-cases.md: no client input causes a 5xx).

// The pages' forms are client components that ask for Next's router.
jest.mock("next/navigation", () => ({
  ...jest.requireActual("next/navigation"),
  useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }),
}));

const actor = staffActorForTests({ userId: "x", email: "pages@example.com", role: "staff" });
const params = (id: string) => ({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) });
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
const renderReturn = async (id: string) => renderToStaticMarkup(await ReturnPage(params(id)));
const renderOrder = async (id: string) => renderToStaticMarkup(await AdminOrderPage(params(id)));

/** What Next's notFound() throws, so the page answers 404. */
async function expectNotFound(work: () => Promise<unknown>) {
  await expect(work()).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });
}

let cookie = "";
let staffId = "";
beforeAll(async () => {
  staffId = (await createStaff("returns-desk@example.com")).id;
  cookie = await signInCookie("returns-desk@example.com");
});
beforeEach(() => mockRequest({ cookie, headers: SAME_ORIGIN_HEADERS }));

describe("a return's page", () => {
  it("shows the order, the email, the pairs, the reason, the staff-only comment and its history", async () => {
    const { returnRequest, order, line } = await createReturn({
      email: "page@example.com",
      quantity: 2,
      reason: "heel_slips",
      comment: "The left heel lifts <b>on stairs</b>.",
    });
    await writeAudit({
      actorId: staffId,
      action: "return.approve",
      entityType: "ReturnRequest",
      entityId: returnRequest.id,
      before: { status: "REQUESTED" },
      after: { status: "APPROVED" },
      ip: "127.0.0.1",
    });
    // Another record's entry with the same id shape is not this return's.
    await writeAudit({
      actorId: staffId,
      action: "order.note",
      entityType: "Order",
      entityId: order.id,
      ip: "127.0.0.1",
    });

    const found = await getAdminReturn(actor, returnRequest.id);
    expect(found).toMatchObject({
      returnNumber: returnRequest.returnNumber,
      status: "REQUESTED",
      comment: "The left heel lifts <b>on stairs</b>.",
      order: { id: order.id, orderNumber: order.orderNumber, email: "page@example.com" },
      lines: [{ quantity: 2, reason: "heel_slips", orderLine: { sku: line.sku, sizeLabel: line.sizeLabel } }],
      history: [{ action: "return.approve", actor: { email: "returns-desk@example.com" } }],
    });

    const html = await renderReturn(returnRequest.id);
    const text = textOf(html);
    expect(text).toContain(`Return ${formatReturnNumber(returnRequest.returnNumber)}`);
    expect(html).toContain(`href="/admin/orders/${order.id}"`);
    expect(text).toContain(formatOrderNumber(order.orderNumber));
    expect(text).toContain("page@example.com");
    expect(text).toContain(`${line.productName} ${line.sizeLabel} ${line.widthCode} ${line.sku} 2 Heel slips`);
    expect(text).toContain("Shopper's comment (only staff see this)");
    // The shopper's words are text, never markup (case 19).
    expect(html).toContain("The left heel lifts &lt;b&gt;on stairs&lt;/b&gt;.");
    expect(text).toMatch(/Requested \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(text).toContain("return.approve by returns-desk@example.com");
    expect(text).not.toContain("order.note");
    expect(html).toContain("overflow-x-auto");
  });

  it("offers approve, receive (all pairs sellable to start with) and decline while requested", async () => {
    const { returnRequest } = await createReturn({ quantity: 3 });
    const html = await renderReturn(returnRequest.id);
    const text = textOf(html);
    expect(text).toContain("Approve");
    expect(text).toContain("Mark received");
    expect(text).toContain("Pairs you can sell again go back in stock; damaged ones don't");
    expect(html).toMatch(/<input id="resellable-0" type="number"[^>]*max="3"[^>]*value="3"/);
    expect(text).toContain("Reason for declining");
    expect(text).not.toContain("Refund to the shopper's card");
    // Every button is a real <button>, reachable by keyboard.
    expect(html).toMatch(/<button type="button"[^>]*>Approve<\/button>/);
    expect(html).toMatch(/<button type="submit"[^>]*>Mark received<\/button>/);
    expect(html).toMatch(/<button type="submit"[^>]*>Decline<\/button>/);
    expect(html).toContain('role="status"');
  });

  it("offers receive and decline, not approve, once approved", async () => {
    const { returnRequest } = await createReturn({ status: "APPROVED" });
    const text = textOf(await renderReturn(returnRequest.id));
    expect(text).not.toMatch(/\bApprove\b(?!d)/);
    expect(text).toContain("Mark received");
    expect(text).toContain("Reason for declining");
  });

  it("offers the refund for a received refund, and lists its refunds", async () => {
    const { returnRequest, order } = await createReturn({ status: "RECEIVED" });
    await getDb().returnRequest.update({
      where: { id: returnRequest.id },
      data: { receivedAt: new Date(Date.UTC(2026, 10, 20, 9, 30)) },
    });
    await getDb().returnLine.update({ where: { id: returnRequest.lines[0]!.id }, data: { resellableQuantity: 0 } });
    await getDb().refund.create({
      data: {
        orderId: order.id,
        returnId: returnRequest.id,
        kind: "return",
        amountCents: 12995,
        currency: "usd",
        status: "failed",
        attempts: 2,
        lastError: "Your card was declined.",
      },
    });
    const html = await renderReturn(returnRequest.id);
    const text = textOf(html);
    expect(text).toContain("Refund to the shopper's card");
    expect(text).not.toContain("Mark received");
    expect(text).not.toContain("Reason for declining");
    expect(text).toContain("Received 2026-11-20 09:30 UTC");
    expect(text).toContain("Sellable again");
    expect(text).toContain("Return $129.95 failed — 2 Your card was declined.");
  });

  it("links a received exchange to its order to ship, and shows the size wanted", async () => {
    const { returnRequest, line } = await createReturn({ status: "RECEIVED", resolution: "exchange" });
    const wanted = await getDb().variant.findFirstOrThrow({
      where: { id: { not: line.variantId! } },
      orderBy: { sku: "desc" },
    });
    await getDb().returnLine.update({
      where: { id: returnRequest.lines[0]!.id },
      data: { exchangeVariantId: wanted.id },
    });
    const { order: exchangeOrder } = await createOrder("PAID");
    await getDb().returnRequest.update({
      where: { id: returnRequest.id },
      data: { exchangeOrderId: exchangeOrder.id },
    });
    const html = await renderReturn(returnRequest.id);
    const text = textOf(html);
    expect(text).toContain("Exchange for");
    expect(text).toContain(`${wanted.sizeLabel} ${wanted.widthCode}`);
    expect(text).toContain(
      `Ship the new pairs from the exchange's order ${formatOrderNumber(exchangeOrder.orderNumber)}`,
    );
    expect(html).toContain(`href="/admin/orders/${exchangeOrder.id}"`);
    expect(text).not.toContain("Refund to the shopper's card");
  });

  it("has no buttons once declined, and shows why", async () => {
    const { returnRequest } = await createReturn({ status: "DECLINED" });
    await getDb().returnRequest.update({
      where: { id: returnRequest.id },
      data: { declineReason: "These were worn outdoors.", declinedAt: new Date() },
    });
    const html = await renderReturn(returnRequest.id);
    const text = textOf(html);
    expect(text).toContain("Why it was declined These were worn outdoors.");
    expect(text).not.toContain("Next step");
    expect(html).not.toContain("<button");
    expect(text).toContain("No comment.");
    expect(text).toContain("No refunds yet.");
  });

  it("is a 404 for an unknown id and for ids no return could have, never a 500 (case 36)", async () => {
    for (const id of ["cunknownreturn0000000000", "x".repeat(41), "bad\u0000id", "../orders", "R-1001", ""])
      expect(await getAdminReturn(actor, id)).toBeNull();
    await expectNotFound(() => ReturnPage(params("cunknownreturn0000000000")));
    await expectNotFound(() => ReturnPage(params("bad\u0000id")));
    await expectNotFound(() => ReturnPage(params("é".repeat(50))));
  });
});

describe("the admin order page", () => {
  it("lists the order's returns and refunds, with Stripe's total when it matches", async () => {
    const { order, returnRequest } = await createReturn({ status: "REFUNDED", quantity: 2 });
    await getDb().refund.create({
      data: {
        orderId: order.id,
        returnId: returnRequest.id,
        kind: "return",
        amountCents: 4000,
        currency: "usd",
        status: "succeeded",
        stripeRefundId: `re_page_${order.id}`,
        attempts: 1,
      },
    });
    await getDb().order.update({ where: { id: order.id }, data: { stripeRefundedCents: 4000 } });
    const html = await renderOrder(order.id);
    const text = textOf(html);
    expect(text).toContain(`${formatReturnNumber(returnRequest.returnNumber)} : Refunded, 2 pairs for a refund`);
    expect(html).toContain(`href="/admin/returns/${returnRequest.id}"`);
    expect(text).toContain(`Return $40.00 succeeded re_page_${order.id} 1 —`);
    expect(text).toContain("Stripe reports $40.00 refunded in all.");
    expect(text).not.toContain("refunded outside the store?");
    // A shipped order can't be cancelled.
    expect(text).not.toContain("Cancel and refund");
  });

  it("flags Stripe's total when it differs from the refunds that succeeded", async () => {
    const { order } = await createOrder("SHIPPED");
    await getDb().refund.create({
      data: { orderId: order.id, kind: "cancellation", amountCents: 1000, currency: "usd", status: "failed" },
    });
    await getDb().order.update({ where: { id: order.id }, data: { stripeRefundedCents: 2500 } });
    const text = textOf(await renderOrder(order.id));
    expect(text).toContain("Cancellation $10.00 failed");
    expect(text).toContain("Stripe reports $25.00 refunded in all.");
    expect(text).toContain("refunded outside the store?");
    expect(text).toContain("No returns.");
  });

  it("says nothing of Stripe's total before Stripe has reported one", async () => {
    const { order } = await createOrder("SHIPPED");
    const text = textOf(await renderOrder(order.id));
    expect(text).toContain("No refunds.");
    expect(text).not.toContain("Stripe reports");
  });

  it("names the return an exchange's order ships, at no charge", async () => {
    const { order, returnRequest } = await createReturn({ status: "RECEIVED", resolution: "exchange" });
    const { order: exchangeOrder } = await createOrder("PAID");
    await getDb().order.update({ where: { id: exchangeOrder.id }, data: { totalCents: 0 } });
    await getDb().returnRequest.update({
      where: { id: returnRequest.id },
      data: { exchangeOrderId: exchangeOrder.id },
    });
    const html = await renderOrder(exchangeOrder.id);
    expect(textOf(html)).toContain(
      `Exchange for return ${formatReturnNumber(returnRequest.returnNumber)} of order ${formatOrderNumber(order.orderNumber)} — no charge`,
    );
    expect(html).toContain(`href="/admin/returns/${returnRequest.id}"`);
    expect(html).toContain(`href="/admin/orders/${order.id}"`);
    // Shipping it finishes the return, so it has no cancel button.
    expect(textOf(html)).not.toContain("Cancel this order");
    expect(textOf(html)).not.toContain("Cancel and refund");
  });

  it("offers to cancel and refund a paid order that hasn't shipped, and the unpaid cancel for a pending one", async () => {
    const paid = await createOrder("PAID");
    const paidText = textOf(await renderOrder(paid.order.id));
    expect(paidText).toContain("Cancel and refund");
    expect(paidText).not.toContain("Cancel this unpaid order");
    const pending = await createOrder("PENDING");
    expect(textOf(await renderOrder(pending.order.id))).toContain("Cancel this unpaid order");
    // Paid after its stock went back on sale: staff sort that out by hand, not with this button.
    const late = await createOrder("PAID");
    await getDb().order.update({ where: { id: late.order.id }, data: { stockReleasedAt: new Date() } });
    expect(textOf(await renderOrder(late.order.id))).not.toContain("Cancel and refund");
  });
});

describe("the dashboard", () => {
  it("counts returns to review, on their way and to finish, and refunds waiting for Stripe", async () => {
    const before = (await getDashboard(actor)).returns;
    await createReturn({ status: "REQUESTED" });
    await createReturn({ status: "REQUESTED" });
    await createReturn({ status: "APPROVED" });
    const received = await createReturn({ status: "RECEIVED" });
    await createReturn({ status: "DECLINED" });
    await createReturn({ status: "EXCHANGE_SHIPPED", resolution: "exchange" });
    const refund = (status: "pending" | "failed", stripeRefundId: string | null) =>
      getDb().refund.create({
        data: {
          orderId: received.order.id,
          returnId: received.returnRequest.id,
          kind: "return",
          amountCents: 100,
          currency: "usd",
          status,
          stripeRefundId,
        },
      });
    await refund("failed", null);
    const after = (await getDashboard(actor)).returns;
    expect(after).toEqual({
      toReview: before.toReview + 2,
      onTheirWay: before.onTheirWay + 1,
      toFinish: before.toFinish + 1,
      refundsWaiting: before.refundsWaiting,
    });
    // Pending at Stripe already (it has Stripe's id) isn't waiting for Stripe to accept it.
    await refund("pending", `re_dash_${received.returnRequest.id}`);
    expect((await getDashboard(actor)).returns.refundsWaiting).toBe(before.refundsWaiting);
    const other = await createReturn({ status: "RECEIVED" });
    await getDb().refund.create({
      data: {
        orderId: other.order.id,
        returnId: other.returnRequest.id,
        kind: "return",
        amountCents: 100,
        currency: "usd",
      },
    });
    const now = (await getDashboard(actor)).returns;
    expect(now.refundsWaiting).toBe(before.refundsWaiting + 1);

    const html = renderToStaticMarkup(await DashboardPage({ searchParams: Promise.resolve({}) }));
    const text = textOf(html);
    expect(html).toContain('href="/admin/returns?status=REQUESTED"');
    expect(html).toContain('href="/admin/returns?status=APPROVED"');
    expect(html).toContain('href="/admin/returns?status=RECEIVED"');
    expect(text).toContain(`${now.toReview} Returns to review`);
    expect(text).toContain(`${now.onTheirWay} Returns on their way`);
    expect(text).toContain(`${now.toFinish} Returns to finish`);
    expect(text).toContain(`${now.refundsWaiting} Refunds waiting for Stripe`);
  });
});

/** @jest-environment-options {"template":"seeded"} */
import { mockRequest, SAME_ORIGIN_HEADERS } from "../../support/next-request-mocks";
import { renderToStaticMarkup } from "react-dom/server";
import { getDb } from "@/lib/db";
import { addOrderNoteAction, shipOrderAction } from "@/lib/admin/orders/order-actions";
import { listOrders } from "@/lib/admin/orders/list-orders";
import { parseOrderFilters } from "@/lib/admin/orders/order-filters";
import { formatOrderNumber } from "@/lib/orders/order-number";
import AdminOrderPage from "@/app/admin/(console)/orders/[id]/page";
import PackingSlipPage from "@/app/admin/(console)/orders/[id]/packing-slip/page";
import ShopperOrderPage from "@/app/orders/[id]/page";
import { staffActorForTests } from "../../support/staff-actor-for-tests";
import { createOrder } from "./fixtures";
import { createStaff, signInCookie } from "./support";

// The order desk: shipping with a carrier (tracking links for known carriers, none for hand
// delivery or untracked post), staff notes, the packing slip and the order search.

// The admin order page's forms are client components that ask for Next's router.
jest.mock("next/navigation", () => ({
  ...jest.requireActual("next/navigation"),
  useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }),
}));

const ADDRESS = {
  shipName: "Ada Walker",
  shipLine1: "12 Quay Street",
  shipCity: "Portland",
  shipState: "OR",
  shipPostalCode: "97201",
  shipCountry: "US",
  phone: "+1 503 555 0100",
};

let cookie = "";
beforeAll(async () => {
  await createStaff("desk@example.com");
  cookie = await signInCookie("desk@example.com");
});
beforeEach(() => mockRequest({ cookie, headers: SAME_ORIGIN_HEADERS }));

async function paidOrderWithAddress(email = "walker@example.com") {
  const { order } = await createOrder("PAID", { email });
  return getDb().order.update({ where: { id: order.id }, data: ADDRESS, include: { lines: true } });
}

const params = (id: string) => ({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) });
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");

describe("shipping with a carrier", () => {
  it("links a UPS tracking number in the email, the admin and the shopper's order page", async () => {
    const order = await paidOrderWithAddress();
    expect(await shipOrderAction(order.id, { carrier: "ups", trackingNumber: "1Z 999 AA1 0123456784" })).toMatchObject({
      ok: true,
    });
    const stored = await getDb().order.findUniqueOrThrow({ where: { id: order.id }, include: { emails: true } });
    expect(stored).toMatchObject({ status: "SHIPPED", carrier: "ups", trackingNumber: "1Z 999 AA1 0123456784" });
    const link = "https://www.ups.com/track?tracknum=1Z999AA10123456784";
    expect(stored.emails[0]?.text).toContain("Carrier: UPS");
    expect(stored.emails[0]?.text).toContain(`Track it: ${link}`);
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "order.ship", entityId: order.id } });
    expect(audit.after).toMatchObject({ carrier: "ups", trackingNumber: "1Z 999 AA1 0123456784" });

    const admin = renderToStaticMarkup(await AdminOrderPage(params(order.id)));
    expect(admin).toContain(`href="${link}"`);
    const shopper = renderToStaticMarkup(
      await ShopperOrderPage({
        params: Promise.resolve({ id: order.id }),
        searchParams: Promise.resolve({ token: order.accessToken }),
      }),
    );
    expect(textOf(shopper)).toContain("Carrier UPS");
    expect(shopper).toContain(`href="${link}"`);
  });

  it("ships by hand without a tracking number, and refuses one for hand delivery, changing nothing", async () => {
    const order = await paidOrderWithAddress();
    const refused = await shipOrderAction(order.id, { carrier: "hand", trackingNumber: "1Z999" });
    expect(refused).toMatchObject({
      ok: false,
      fields: { trackingNumber: expect.stringMatching(/no tracking number/) },
    });
    expect((await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");

    expect(await shipOrderAction(order.id, { carrier: "hand" })).toMatchObject({ ok: true });
    const stored = await getDb().order.findUniqueOrThrow({ where: { id: order.id }, include: { emails: true } });
    expect(stored).toMatchObject({ status: "SHIPPED", carrier: "hand", trackingNumber: null });
    expect(stored.emails[0]?.text).toContain("We are delivering it by hand.");
    expect(stored.emails[0]?.text).not.toContain("Tracking number");
  });

  it("refuses an unknown carrier with a field error", async () => {
    const order = await paidOrderWithAddress();
    expect(await shipOrderAction(order.id, { carrier: "pigeon", trackingNumber: "1234" })).toMatchObject({
      ok: false,
      fields: { carrier: expect.any(String) },
    });
    expect((await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
  });
});

describe("notes", () => {
  it("adds notes in order, audited, shown on the order page, and refuses an empty one", async () => {
    const order = await paidOrderWithAddress();
    expect(await addOrderNoteAction(order.id, { body: "  " })).toMatchObject({
      ok: false,
      fields: { body: expect.any(String) },
    });
    const added = await Promise.all([
      addOrderNoteAction(order.id, { body: "Called: leave it with the neighbour at 14." }),
      addOrderNoteAction(order.id, { body: "<b>Gift</b>: no invoice in the box." }),
    ]);
    expect(added.every((result) => result.ok)).toBe(true);
    expect(await getDb().orderNote.count({ where: { orderId: order.id } })).toBe(2);
    expect(await getDb().auditLog.count({ where: { action: "order.note", entityId: order.id } })).toBe(2);
    const html = renderToStaticMarkup(await AdminOrderPage(params(order.id)));
    expect(html).toContain("Called: leave it with the neighbour at 14.");
    expect(html).toContain("&lt;b&gt;Gift&lt;/b&gt;: no invoice in the box.");
    expect(html).toContain("desk@example.com");
  });

  it("says so for an order that doesn't exist", async () => {
    const before = await getDb().orderNote.count();
    expect(await addOrderNoteAction("no-such-order", { body: "Hello" })).toMatchObject({ ok: false });
    expect(await getDb().orderNote.count()).toBe(before);
  });
});

it("prints a packing slip with the address, the pairs and no prices", async () => {
  const order = await paidOrderWithAddress();
  const line = order.lines[0]!;
  const text = textOf(renderToStaticMarkup(await PackingSlipPage(params(order.id))));
  expect(text).toContain(formatOrderNumber(order.orderNumber));
  expect(text).toContain("Ada Walker 12 Quay Street Portland OR 97201");
  expect(text).toContain(line.sku);
  expect(text).toContain(`${line.sizeLabel} ${line.widthCode}`);
  expect(text).not.toMatch(/\$\d/);
});

it("finds orders by number, email, name or SKU, and nothing for a stranger", async () => {
  const actor = staffActorForTests({ userId: "x", email: "x", role: "staff", sessionId: "x", ip: "x" });
  const { id } = await paidOrderWithAddress("search-me@example.com");
  const order = await getDb().order.update({
    where: { id },
    data: { shipName: "Grace Findable" },
    include: { lines: true },
  });
  const other = await createOrder("PAID", { email: "someone-else@example.com" });
  const find = async (q: string) => (await listOrders(actor, parseOrderFilters({ q }))).orders.map((row) => row.id);
  expect(await find(formatOrderNumber(order.orderNumber))).toEqual([order.id]);
  expect(await find(String(order.orderNumber))).toEqual([order.id]);
  expect(await find("SEARCH-ME")).toEqual([order.id]);
  expect(await find("grace find")).toEqual([order.id]);
  const bySku = await find(order.lines[0]!.sku.toLowerCase());
  expect(bySku).toContain(order.id);
  expect(bySku).toContain(other.order.id);
  expect(await find("nobody-at-all")).toEqual([]);
  // The old parameter name still searches.
  expect((await listOrders(actor, parseOrderFilters({ email: "search-me" }))).orders.map((row) => row.id)).toEqual([
    order.id,
  ]);
});

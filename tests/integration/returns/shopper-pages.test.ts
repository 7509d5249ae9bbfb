/** @jest-environment-options {"template":"seeded"} */
import { mockRequest, SAME_ORIGIN_HEADERS } from "../../support/next-request-mocks";
import { renderToStaticMarkup } from "react-dom/server";
import ShopperOrderPage from "@/app/orders/[id]/page";
import OrderReturnPage from "@/app/orders/[id]/return/page";
import ReturnStatusPage from "@/app/orders/[id]/returns/[returnId]/page";
import { getDb } from "@/lib/db";
import { getReturnOptions } from "@/lib/returns/get-return-options";
import { requestReturnAction } from "@/lib/returns/return-actions";
import { expectWarning } from "../../support/expect-warning";
import { returnValues, shippedOrder } from "./fixtures";

// The shopper's return pages and the form's Server Action: only with the order's token, the
// window and pairs checked on the server, and a clear answer (never a throw) for bad input.

jest.mock("next/navigation", () => ({
  ...jest.requireActual("next/navigation"),
  useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }),
}));

afterAll(async () => {
  await getDb().$disconnect();
});

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ");

async function notFound(work: () => Promise<unknown>) {
  await expect(work()).rejects.toMatchObject({ digest: expect.stringMatching(/NEXT_HTTP_ERROR_FALLBACK;404/) });
}

describe("the shopper's return pages", () => {
  it("offers a return on a shipped order's page, with the form's sizes and the window's end", async () => {
    const { order } = await shippedOrder({ quantity: 1 });
    const orderHtml = renderToStaticMarkup(
      await ShopperOrderPage({
        params: Promise.resolve({ id: order.id }),
        searchParams: Promise.resolve({ token: order.accessToken }),
      }),
    );
    expect(orderHtml).toContain(`/orders/${order.id}/return?token=`);
    expect(textOf(orderHtml)).toContain("Return or exchange pairs");

    const formHtml = renderToStaticMarkup(
      await OrderReturnPage({
        params: Promise.resolve({ id: order.id }),
        searchParams: Promise.resolve({ token: order.accessToken }),
      }),
    );
    const text = textOf(formHtml);
    expect(text).toMatch(/You can start a return until \w+ \d+, \d{4}/);
    for (const label of [
      "Too small",
      "Too big",
      "Too narrow",
      "Too wide",
      "Heel slips",
      "Uncomfortable",
      "Not as pictured",
      "Faulty",
      "Changed my mind",
    ])
      expect(text).toContain(label);
    // Fit reasons come first.
    expect(text.indexOf("Too small")).toBeLessThan(text.indexOf("Changed my mind"));
    expect(text).toContain("Only our staff read this");
    expect(text).not.toMatch(/\bpain\b/i);
  });

  it("names men's and women's sizes apart when a shoe is sold in both", async () => {
    const db = getDb();
    const product = await db.product.findFirstOrThrow({
      where: { AND: [{ variants: { some: { fitRange: "men" } } }, { variants: { some: { fitRange: "women" } } }] },
      include: { variants: { orderBy: { sku: "asc" } } },
    });
    const variant = product.variants[0]!;
    const order = await db.order.create({
      data: {
        accessToken: "both-ranges-order-token-00000000000000",
        status: "SHIPPED",
        shippedAt: new Date(),
        currency: "usd",
        totalCents: product.priceCents,
        lines: {
          create: [
            {
              variantId: variant.id,
              sku: variant.sku,
              productName: product.name,
              sizeLabel: variant.sizeLabel,
              widthCode: variant.widthCode,
              unitPriceCents: product.priceCents,
              quantity: 1,
            },
          ],
        },
      },
    });
    const options = await getReturnOptions(order.id, order.accessToken);
    const labels = options!.lines[0]!.exchangeOptions.map((option) => option.label);
    expect(labels.some((label) => label.startsWith("Men's "))).toBe(true);
    expect(labels.some((label) => label.startsWith("Women's "))).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
    expect(options!.lines[0]!.rangeLabel).toBe(variant.fitRange === "men" ? "Men's" : "Women's");
  });

  it("answers 404 without the token, and explains a closed window", async () => {
    const { order } = await shippedOrder({ quantity: 1, daysAgo: 70 });
    await notFound(() =>
      OrderReturnPage({ params: Promise.resolve({ id: order.id }), searchParams: Promise.resolve({}) }),
    );
    await notFound(() =>
      OrderReturnPage({ params: Promise.resolve({ id: order.id }), searchParams: Promise.resolve({ token: "guess" }) }),
    );
    await notFound(() =>
      OrderReturnPage({
        params: Promise.resolve({ id: "%00" }),
        searchParams: Promise.resolve({ token: order.accessToken }),
      }),
    );
    const html = renderToStaticMarkup(
      await OrderReturnPage({
        params: Promise.resolve({ id: order.id }),
        searchParams: Promise.resolve({ token: order.accessToken }),
      }),
    );
    expect(textOf(html)).toContain("that time has passed for this order");
    expect(html).not.toContain("<form");
  });

  it("requests a return through the Server Action and shows its number, state and slip", async () => {
    const { order, line } = await shippedOrder({ quantity: 1 });
    mockRequest({ headers: SAME_ORIGIN_HEADERS });
    const result = await requestReturnAction(
      order.id,
      order.accessToken,
      returnValues(line.id, { comment: "Heel rubbed" }),
    );
    expect(result).toMatchObject({
      ok: true,
      url: expect.stringMatching(new RegExp(`^/orders/${order.id}/returns/[a-z0-9]+\\?token=`)),
    });
    const returned = await getDb().returnRequest.findFirstOrThrow({ where: { orderId: order.id } });
    const html = renderToStaticMarkup(
      await ReturnStatusPage({
        params: Promise.resolve({ id: order.id, returnId: returned.id }),
        searchParams: Promise.resolve({ token: order.accessToken }),
      }),
    );
    const text = textOf(html);
    expect(text).toContain(`Return R-${returned.returnNumber}`);
    expect(text).toContain("Requested");
    expect(text).toContain("Print the return slip");
    expect(text).toContain("Portland, OR 97201");
    // The comment is for staff only.
    expect(text).not.toContain("Heel rubbed");
    await notFound(() =>
      ReturnStatusPage({
        params: Promise.resolve({ id: order.id, returnId: returned.id }),
        searchParams: Promise.resolve({ token: "x" }),
      }),
    );
    // The order page lists it.
    const orderHtml = renderToStaticMarkup(
      await ShopperOrderPage({
        params: Promise.resolve({ id: order.id }),
        searchParams: Promise.resolve({ token: order.accessToken }),
      }),
    );
    expect(textOf(orderHtml)).toContain(`Return R-${returned.returnNumber}`);
  });

  it("answers bad calls with a message, never a throw, and refuses another site", async () => {
    const { order, line } = await shippedOrder({ quantity: 1 });
    mockRequest({ headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } });
    expectWarning(/Refused cross-site Server Action/);
    expect(await requestReturnAction(order.id, order.accessToken, returnValues(line.id))).toEqual({
      ok: false,
      message: "This request came from another site and was refused.",
    });
    mockRequest({ headers: SAME_ORIGIN_HEADERS });
    for (const args of [
      [null, order.accessToken, returnValues(line.id)],
      [order.id, 42, returnValues(line.id)],
      [order.id, order.accessToken, "not an object"],
      [order.id, order.accessToken, { ...returnValues(line.id), extra: 1 }],
      [order.id, order.accessToken, returnValues(line.id, { quantity: 99 })],
      [order.id, "wrong-token", returnValues(line.id)],
      [order.id, order.accessToken, returnValues(line.id, { comment: "bad\u0000byte" })],
    ] as const)
      expect(await requestReturnAction(...(args as [unknown, unknown, unknown]))).toMatchObject({
        ok: false,
        message: expect.any(String),
      });
    expect(await getDb().returnRequest.count({ where: { orderId: order.id } })).toBe(0);
  });
});

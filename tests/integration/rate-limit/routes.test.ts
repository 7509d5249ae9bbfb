/** @jest-environment-options {"template":"seeded"} */
import { mockRequest, SAME_ORIGIN_HEADERS, formData } from "../../support/next-request-mocks";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { addToCart, removeCartLine, updateCartLine } from "@/lib/cart/cart-actions";
import { getDb } from "@/lib/db";
import { scaledLimit } from "@/lib/rate-limit/buckets";
import { RATE_LIMITED_MESSAGE } from "@/lib/rate-limit/rate-limited-reply";
import { loadDirectRoutes } from "@/scripts/lib/direct-routes";
import { BASE_ANSWERS } from "../../support/fit-answers";
import { ORIGIN } from "../stripe/harness";
import { pickVariants } from "../stripe/shop";

// Case 35 of docs/reliability-cases.md through the real entry points: the cart, checkout and
// quiz route handlers, the quiz's direct route (scripts/lib/direct-routes.ts) and the cart's
// Server Actions answer a client over its limit with 429, {error: "rate_limited"} and Retry-After
// (actions: their error state), before doing the request's work. The limits are scaled down for
// this file so a test reaches them in a few requests; getEnv() reads this on first use.
const SCALE = 0.05;
process.env.RATE_LIMIT_SCALE = String(SCALE);
const CART_LIMIT = scaledLimit("cart", SCALE).points;
const QUIZ_LIMIT = scaledLimit("quiz", SCALE).points;
const CHECKOUT_LIMIT = scaledLimit("checkout", SCALE).points;

const RATE_LIMITED_BODY = { error: "rate_limited", fields: { _: RATE_LIMITED_MESSAGE } };

let directServer: http.Server;
let directUrl: string;

beforeAll(async () => {
  const directRoute = await loadDirectRoutes();
  directServer = http.createServer((req, res) => {
    const answered = directRoute(req, res);
    if (!answered) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => directServer.listen(0, "127.0.0.1", resolve));
  directUrl = `http://127.0.0.1:${(directServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => directServer.close(resolve));
  await getDb().$disconnect();
});

type Answer = { status: number; retryAfter: string | null; body: Record<string, unknown>; cartId?: string };

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    cartId: /cart_id=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1],
  };
}

async function addFrom(address: string, sku: string, cartId?: string): Promise<Answer> {
  const { POST } = await import("@/app/api/cart/items/route");
  const headers: Record<string, string> = { "content-type": "application/json", "x-forwarded-for": address };
  if (cartId) headers.cookie = `cart_id=${cartId}`;
  return answerOf(
    await POST(
      new NextRequest(`${ORIGIN}/api/cart/items`, {
        method: "POST",
        headers,
        body: JSON.stringify({ sku, quantity: 1 }),
      }),
    ),
  );
}

function expectRateLimited(answer: Answer, windowSeconds = 60): void {
  expect(answer.status).toBe(429);
  expect(answer.body).toEqual(RATE_LIMITED_BODY);
  expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
  expect(Number(answer.retryAfter)).toBeLessThanOrEqual(windowSeconds);
}

describe("rate limits on the public POSTs (case 35)", () => {
  it("the cart route answers 429 with Retry-After past the limit and changes nothing; another address still adds", async () => {
    const [variant] = await pickVariants(1, 10);
    const answers: Answer[] = [];
    for (let request = 0; request < CART_LIMIT + 2; request++)
      answers.push(await addFrom("203.0.113.50", variant!.sku));
    expect(answers.slice(0, CART_LIMIT).map((answer) => answer.status)).toEqual(Array(CART_LIMIT).fill(201));
    for (const refused of answers.slice(CART_LIMIT)) expectRateLimited(refused);
    // Each add above started its own cart: the refused ones started none.
    expect(await getDb().cartLine.count({ where: { variantId: variant!.id } })).toBe(CART_LIMIT);

    expect((await addFrom("198.51.100.51", variant!.sku)).status).toBe(201);
  });

  it("PATCH and DELETE on a cart line draw on the same cart count", async () => {
    const [variant] = await pickVariants(1, 10);
    const { cartId } = await addFrom("203.0.113.52", variant!.sku);
    expect(cartId).toBeDefined();
    const { PATCH, DELETE } = await import("@/app/api/cart/items/[sku]/route");
    const context = { params: Promise.resolve({ sku: variant!.sku }) };
    const line = (method: string) =>
      new NextRequest(`${ORIGIN}/api/cart/items/${variant!.sku}`, {
        method,
        headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.52", cookie: `cart_id=${cartId}` },
        body: method === "PATCH" ? JSON.stringify({ quantity: 2 }) : undefined,
      });
    const statuses: number[] = [];
    for (let request = 1; request < CART_LIMIT; request++) statuses.push((await PATCH(line("PATCH"), context)).status);
    expect(statuses).toEqual(Array(CART_LIMIT - 1).fill(200));
    expectRateLimited(await answerOf(await DELETE(line("DELETE"), context)));
    expectRateLimited(await answerOf(await PATCH(line("PATCH"), context)));
  });

  it("checkout is limited at the top of its route, before the cart is read", async () => {
    const { POST } = await import("@/app/api/checkout/route");
    const start = async () =>
      answerOf(
        await POST(
          new NextRequest(`${ORIGIN}/api/checkout`, {
            method: "POST",
            headers: { "x-forwarded-for": "203.0.113.53", cookie: "cart_id=no-such-cart-0000000000000000" },
          }),
        ),
      );
    for (let request = 0; request < CHECKOUT_LIMIT; request++) expect((await start()).status).not.toBe(429);
    expectRateLimited(await start());
  });

  it("the quiz answers the same from Next's route handler and from the direct route, and both count in one limit", async () => {
    const { POST } = await import("@/app/api/fit/recommendations/route");
    const viaNext = async (address: string) =>
      answerOf(
        await POST(
          new Request("http://localhost/api/fit/recommendations", {
            method: "POST",
            headers: { "content-type": "application/json", "x-forwarded-for": address },
            body: JSON.stringify(BASE_ANSWERS),
          }),
        ),
      );
    const viaDirect = async (address: string) =>
      answerOf(
        await fetch(`${directUrl}/api/fit/recommendations`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": address },
          body: JSON.stringify(BASE_ANSWERS),
        }),
      );
    const statuses: number[] = [];
    for (let request = 0; request < QUIZ_LIMIT; request++)
      statuses.push((await (request % 2 ? viaDirect : viaNext)("203.0.113.54")).status);
    expect(statuses).toEqual(Array(QUIZ_LIMIT).fill(200));
    const [refusedByNext, refusedDirectly] = [await viaNext("203.0.113.54"), await viaDirect("203.0.113.54")];
    expectRateLimited(refusedByNext);
    expectRateLimited(refusedDirectly);
    expect(refusedDirectly.body).toEqual(refusedByNext.body);
    // A refused quiz saved nothing.
    expect(await getDb().fitResult.count()).toBe(QUIZ_LIMIT);
    expect((await viaDirect("198.51.100.54")).status).toBe(200);
  });

  it("the safety-stop counter counts in the quiz's limit, so a script can't inflate the stop counts", async () => {
    const { POST } = await import("@/app/api/fit/safety-stop/route");
    const stop = async () =>
      answerOf(
        await POST(
          new Request("http://localhost/api/fit/safety-stop", {
            method: "POST",
            headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.55" },
            body: JSON.stringify({ tier: "urgent" }),
          }),
        ),
      );
    for (let request = 0; request < QUIZ_LIMIT; request++) expect((await stop()).status).toBe(200);
    expectRateLimited(await stop());
  });

  it("the cart's Server Actions answer their error state with a plain sentence past the limit", async () => {
    const [variant] = await pickVariants(1, 10);
    mockRequest({ headers: { ...SAME_ORIGIN_HEADERS, "x-forwarded-for": "203.0.113.56" } });
    const results = [];
    for (let request = 0; request < CART_LIMIT; request++) results.push(await addToCart(variant!.sku, 1));
    expect(results.every((result) => result.ok)).toBe(true);
    const refused = { ok: false, message: RATE_LIMITED_MESSAGE };
    expect(await addToCart(variant!.sku, 1)).toMatchObject(refused);
    expect(await updateCartLine(null, formData({ sku: variant!.sku, quantity: "2" }))).toMatchObject(refused);
    expect(await removeCartLine(null, formData({ sku: variant!.sku }))).toMatchObject(refused);
    expect(await getDb().cartLine.findMany({ where: { variantId: variant!.id } })).toEqual([
      expect.objectContaining({ quantity: Math.min(CART_LIMIT, 10) }),
    ]);
  });

  it("a loopback or private address is never limited (a proxy the store wasn't told about, or this machine)", async () => {
    const [variant] = await pickVariants(1, 10);
    for (let request = 0; request < CART_LIMIT + 3; request++)
      expect((await addFrom("10.1.2.3", variant!.sku)).status).toBe(201);
    expect(await getDb().rateLimit.count({ where: { key: { contains: "10.1.2.3" } } })).toBe(0);
  });
});

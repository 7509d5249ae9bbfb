// Shopper actions through the real route handlers (cookie in, cookie out), for integration tests.
import { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { ORIGIN } from "./harness";

export type JsonResponse = { status: number; body: Record<string, unknown>; cookie: string | null };

async function call(
  handler: (request: NextRequest, context: never) => Promise<Response>,
  method: string,
  url: string,
  { cookie, body, context }: { cookie?: string | null; body?: unknown; context?: unknown } = {},
): Promise<JsonResponse> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (cookie) headers.cookie = `cart_id=${cookie}`;
  const request = new NextRequest(`${ORIGIN}${url}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await handler(request, context as never);
  const setCookie = response.headers.get("set-cookie");
  const match = setCookie ? /cart_id=([^;]+)/.exec(setCookie) : null;
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    cookie: match?.[1] ?? cookie ?? null,
  };
}

export async function addItem(cookie: string | null, body: unknown): Promise<JsonResponse> {
  const { POST } = await import("@/app/api/cart/items/route");
  return call(POST, "POST", "/api/cart/items", { cookie, body });
}

export async function patchItem(cookie: string | null, sku: string, body: unknown): Promise<JsonResponse> {
  const { PATCH } = await import("@/app/api/cart/items/[sku]/route");
  return call(PATCH, "PATCH", `/api/cart/items/${encodeURIComponent(sku)}`, {
    cookie,
    body,
    context: { params: Promise.resolve({ sku }) },
  });
}

export async function deleteItem(cookie: string | null, sku: string): Promise<JsonResponse> {
  const { DELETE } = await import("@/app/api/cart/items/[sku]/route");
  return call(DELETE, "DELETE", `/api/cart/items/${encodeURIComponent(sku)}`, {
    cookie,
    context: { params: Promise.resolve({ sku }) },
  });
}

export async function getCartJson(cookie: string | null): Promise<JsonResponse> {
  const { GET } = await import("@/app/api/cart/route");
  return call(GET, "GET", "/api/cart", { cookie });
}

export async function checkout(cookie: string | null, body?: unknown): Promise<JsonResponse> {
  const { POST } = await import("@/app/api/checkout/route");
  return call(POST, "POST", "/api/checkout", { cookie, body });
}

/** A fresh cart holding the given lines (through the API, so the cookie is real). */
export async function cartWith(lines: { sku: string; quantity: number }[]): Promise<string> {
  let cookie: string | null = null;
  for (const line of lines) {
    const response = await addItem(cookie, line);
    if (response.status !== 201)
      throw new Error(`add ${line.sku} failed: ${response.status} ${JSON.stringify(response.body)}`);
    cookie = response.cookie;
  }
  return cookie as string;
}

/** In-stock variants of published products no earlier test touched (no cart or order lines), with their DB price. */
export async function pickVariants(count: number, minStock = 2) {
  const variants = await getDb().variant.findMany({
    where: {
      stock: { gte: minStock },
      product: { published: true, archivedAt: null },
      cartLines: { none: {} },
      orderLines: { none: {} },
    },
    select: {
      id: true,
      sku: true,
      stock: true,
      priceCentsOverride: true,
      product: { select: { priceCents: true, currency: true, name: true } },
    },
    orderBy: { sku: "asc" },
    take: count,
  });
  if (variants.length < count) throw new Error("not enough in-stock variants in the seeded catalog");
  return variants.map((variant) => ({
    ...variant,
    priceCents: variant.priceCentsOverride ?? variant.product.priceCents,
  }));
}

export async function stockOf(sku: string): Promise<number> {
  return (await getDb().variant.findUniqueOrThrow({ where: { sku }, select: { stock: true } })).stock;
}

export async function setStock(sku: string, stock: number): Promise<void> {
  await getDb().variant.update({ where: { sku }, data: { stock } });
}

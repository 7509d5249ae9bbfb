/** @jest-environment-options {"template":"seeded"} */
import { mockRequest } from "../../support/next-request-mocks";
import { expectWarning } from "../../support/expect-warning";
import { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { hashSessionToken } from "@/lib/staff/session-token";
import { dbFingerprint } from "./db-fingerprint";
import { createOrder } from "./fixtures";
import { adminRequest, createStaff, PASSWORD, signInCookie } from "./support";

import { setPublishedAction, saveVariantGridAction } from "@/lib/admin/catalog/product-actions";
import { cancelOrderAction, shipOrderAction } from "@/lib/admin/orders/order-actions";
import { createStaffAction } from "@/lib/admin/staff/staff-actions";
import { POST as login } from "@/app/api/admin/login/route";
import { POST as logout } from "@/app/api/admin/logout/route";
import { POST as shipOrder } from "@/app/api/admin/orders/[id]/ship/route";
import { POST as cancelOrder } from "@/app/api/admin/orders/[id]/cancel/route";
import { POST as importProducts } from "@/app/api/admin/products/import/route";
import { POST as upload } from "@/app/api/admin/uploads/route";

// A signed-in owner's browser visits an attacker's page, which submits to our admin. The
// cookie rides along (SameSite=Lax allows top-level POST navigations in some browsers, and
// same-site subdomains always), so the Origin / Sec-Fetch-Site check is what stops it.
const CROSS_SITE: Record<string, string>[] = [
  { origin: "https://evil.example" },
  { origin: "null" },
  { "sec-fetch-site": "cross-site" },
  { "sec-fetch-site": "same-site", origin: "https://shop-evil.localhost" },
  { origin: "https://evil.example", "sec-fetch-site": "same-origin" },
  // Review F11: a client-sent X-Forwarded-Host naming the foreign origin is not the store's host.
  { origin: "https://evil.example", "x-forwarded-host": "evil.example" },
  { origin: "http://evil.example", "x-forwarded-host": "evil.example", "sec-fetch-site": "same-origin" },
  { "sec-fetch-site": "same-site" },
];

function crossSite(
  path: string,
  headers: Record<string, string>,
  init: { cookie: string; body?: BodyInit; contentType?: string },
) {
  const all: Record<string, string> = { cookie: init.cookie, ...headers };
  if (init.contentType) all["content-type"] = init.contentType;
  return new NextRequest(`http://localhost${path}`, { method: "POST", headers: all, body: init.body });
}

describe("case 22: cross-site writes are rejected", () => {
  let cookie: string;
  let orderId: string;
  let productId: string;

  beforeAll(async () => {
    await createStaff("owner@example.com", "owner");
    cookie = await signInCookie("owner@example.com");
    orderId = (await createOrder("PAID")).order.id;
    productId = (await getDb().product.findFirstOrThrow({ where: { published: true } })).id;
  });

  it("state-changing route handlers answer 403 for a foreign Origin, Origin: null or Sec-Fetch-Site: cross-site, and change nothing", async () => {
    const before = await dbFingerprint();
    const refused = expectWarning(/^Refused cross-site POST \/api\/admin\//);
    for (const headers of CROSS_SITE) {
      const form = new FormData();
      form.set("productId", productId);
      form.set("alt", "Shoe");
      form.set("file", new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])]), "x.png");
      const responses = await Promise.all([
        shipOrder(
          crossSite(`/api/admin/orders/${orderId}/ship`, headers, {
            cookie,
            contentType: "application/json",
            body: JSON.stringify({ trackingNumber: "1Z999" }),
          }),
          { params: Promise.resolve({ id: orderId }) },
        ),
        cancelOrder(crossSite(`/api/admin/orders/${orderId}/cancel`, headers, { cookie }), {
          params: Promise.resolve({ id: orderId }),
        }),
        importProducts(
          crossSite("/api/admin/products/import", headers, { cookie, contentType: "text/csv", body: "product_slug\n" }),
        ),
        upload(crossSite("/api/admin/uploads", headers, { cookie, body: form })),
        logout(
          crossSite("/api/admin/logout", headers, {
            cookie,
            contentType: "application/x-www-form-urlencoded",
            body: "",
          }),
        ),
      ]);
      for (const response of responses) {
        expect([JSON.stringify(headers), response.status]).toEqual([JSON.stringify(headers), 403]);
        expect(await response.json()).toEqual({ error: "cross_site_request" });
      }
    }
    expect(refused).toHaveLength(CROSS_SITE.length * 5);
    expect(await dbFingerprint()).toEqual(before);
    // The owner's session survived the cross-site logout attempts.
    const token = cookie.slice(cookie.indexOf("=") + 1);
    expect(
      (await getDb().staffSession.findUniqueOrThrow({ where: { id: hashSessionToken(token) } })).revokedAt,
    ).toBeNull();
  });

  it("the sign-in route refuses cross-site posts (login CSRF) and text/plain bodies", async () => {
    const sessionsBefore = await getDb().staffSession.count();
    const refused = expectWarning(/^Refused cross-site POST \/api\/admin\/login /);
    for (const headers of CROSS_SITE) {
      const response = await login(
        new NextRequest("http://localhost/api/admin/login", {
          method: "POST",
          headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ email: "owner@example.com", password: PASSWORD }).toString(),
        }),
      );
      expect(response.status).toBe(403);
      expect(response.headers.get("set-cookie")).toBeNull();
    }
    expect(refused).toHaveLength(CROSS_SITE.length);
    const plain = await login(
      new NextRequest("http://localhost/api/admin/login", {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: JSON.stringify({ email: "owner@example.com", password: PASSWORD }),
      }),
    );
    expect(plain.status).toBe(415);
    expect(await getDb().staffSession.count()).toBe(sessionsBefore);
  });

  it("admin Server Actions refuse a foreign Origin, Origin: null and Sec-Fetch-Site: cross-site even with a valid session, and change nothing", async () => {
    const before = await dbFingerprint();
    const refused = expectWarning(/^Refused cross-site Server Action /);
    for (const headers of CROSS_SITE) {
      mockRequest({ cookie, headers });
      const results = await Promise.all([
        setPublishedAction(productId, false),
        saveVariantGridAction(productId, [
          { fitRange: "men", sizeLabel: "10", widthCode: "D", stock: "0", sku: "", expected: null },
        ]),
        shipOrderAction(orderId, { trackingNumber: "1Z999" }),
        cancelOrderAction(orderId),
        createStaffAction({ email: "intruder@example.com", role: "owner", password: "a very long password" }),
      ]);
      for (const result of results)
        expect(result).toEqual({ ok: false, message: "This request came from another site and was refused." });
    }
    expect(refused).toHaveLength(CROSS_SITE.length * 5);
    expect(await dbFingerprint()).toEqual(before);
  });

  it("the same requests from our own pages go through", async () => {
    mockRequest({ cookie, headers: { origin: "http://localhost", "sec-fetch-site": "same-origin" } });
    expect(await setPublishedAction(productId, false)).toMatchObject({ ok: true });
    expect((await getDb().product.findUniqueOrThrow({ where: { id: productId } })).published).toBe(false);
    const response = await shipOrder(
      adminRequest(`/api/admin/orders/${orderId}/ship`, {
        method: "POST",
        cookie,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ trackingNumber: "1Z999AA10123456784" }),
      }),
      { params: Promise.resolve({ id: orderId }) },
    );
    expect(response.status).toBe(200);
  });
});

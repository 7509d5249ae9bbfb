/** @jest-environment-options {"template":"seeded"} */
import { expectRedirect, mockRequest } from "../../support/next-request-mocks";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { isProtectedAdminPath } from "@/lib/staff/admin-path";
import { safeNextPath } from "@/lib/staff/safe-next-path";
import { dbFingerprint } from "./db-fingerprint";
import { createOrder } from "./fixtures";
import { adminRequest, createStaff, signInCookie } from "./support";

import DashboardPage from "@/app/admin/(console)/page";
import EditProductPage from "@/app/admin/(console)/products/[id]/page";
import OrderPage from "@/app/admin/(console)/orders/[id]/page";
import { setPublishedAction } from "@/lib/admin/catalog/product-actions";
import { GET as getProducts } from "@/app/api/admin/products/route";
import { POST as shipOrder } from "@/app/api/admin/orders/[id]/ship/route";

// Headers and URL shapes that have skipped Next's middleware/proxy in past advisories
// (CVE-2025-29927, CVE-2026-44575/45109, GHSA-492v). The proxy must still redirect them, and,
// more importantly, the pages and handlers must refuse them on their own.
const SUBREQUEST_HEADERS: Record<string, string>[] = [
  { "x-middleware-subrequest": "middleware" },
  { "x-middleware-subrequest": "proxy" },
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" },
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
];
const RSC_HEADERS: Record<string, string>[] = [
  { rsc: "1" },
  { rsc: "1", "next-router-prefetch": "1" },
  { rsc: "1", "next-router-state-tree": "%5B%22%22%5D" },
  { purpose: "prefetch" },
];
const ADMIN_URL_SHAPES = [
  "/admin",
  "/admin/",
  "/admin.rsc",
  "/admin/products.rsc",
  "/admin/products?_rsc=abc12",
  "/admin/__PAGE__.segment.rsc",
  "/admin/products.segments/__PAGE__.segment.rsc",
  "/admin/orders/x.rsc",
  "/ADMIN",
  "/Admin/Products",
  "/%61dmin",
  "/%2561dmin",
  "//admin",
  "/admin/login/../products",
  "/admin;jsessionid=1",
];

describe("case 21: known proxy-bypass shapes stay blocked", () => {
  it("proxy.ts redirects every admin URL shape without a session, whatever the bypass headers say", () => {
    for (const path of ADMIN_URL_SHAPES) {
      for (const headers of [{}, ...SUBREQUEST_HEADERS, ...RSC_HEADERS]) {
        const response = proxy(new NextRequest(`http://localhost${path}`, { headers }));
        const location = response.headers.get("location");
        expect([path, headers, location]).toEqual([
          path,
          headers,
          expect.stringMatching(/^http:\/\/localhost\/admin\/login\?next=/),
        ]);
      }
    }
    // And leaves the sign-in page and the shop alone.
    for (const path of ["/admin/login", "/shoes", "/", "/administrator-guide"]) {
      expect(proxy(new NextRequest(`http://localhost${path}`)).headers.get("location")).toBeNull();
    }
    expect(isProtectedAdminPath("/admin/login.rsc")).toBe(false);
  });

  it("pages refuse bypass-shaped requests themselves (as if the proxy had been skipped)", async () => {
    const { order } = await createOrder("PAID");
    for (const headers of [...SUBREQUEST_HEADERS, ...RSC_HEADERS]) {
      mockRequest({ headers });
      await expect(expectRedirect(() => DashboardPage({ searchParams: Promise.resolve({}) }))).resolves.toBe(
        "/admin/login",
      );
      await expect(expectRedirect(() => OrderPage({ params: Promise.resolve({ id: order.id }) }))).resolves.toBe(
        "/admin/login",
      );
    }
  });

  it("route handlers and Server Actions refuse them too, and change nothing", async () => {
    const { order } = await createOrder("PAID");
    const before = await dbFingerprint();
    for (const headers of [...SUBREQUEST_HEADERS, ...RSC_HEADERS]) {
      const list = await getProducts(adminRequest("/api/admin/products?_rsc=abc", { headers }));
      expect(list.status).toBe(401);
      const ship = await shipOrder(
        adminRequest(`/api/admin/orders/${order.id}/ship`, {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify({ trackingNumber: "1Z999" }),
        }),
        { params: Promise.resolve({ id: order.id }) },
      );
      expect(ship.status).toBe(401);
      mockRequest({ headers: { ...headers, origin: "http://localhost" } });
      await expect(expectRedirect(() => setPublishedAction("anything", false))).resolves.toBe("/admin/login");
    }
    expect(await dbFingerprint()).toEqual(before);
  });

  it("crafted route params never reach data without a session, and with one get 404/400, never 500 or another record", async () => {
    const crafted = [
      "../login",
      "..%2flogin",
      "%2e%2e",
      "x' OR '1'='1",
      '{"$ne":null}',
      "a".repeat(5000),
      "__PAGE__",
      "[id]",
    ];
    await createStaff("clerk@example.com");
    const cookie = await signInCookie("clerk@example.com");
    const before = await dbFingerprint();
    for (const id of crafted) {
      mockRequest();
      await expect(expectRedirect(() => EditProductPage({ params: Promise.resolve({ id }) }))).resolves.toBe(
        "/admin/login",
      );
      const response = await shipOrder(
        adminRequest(`/api/admin/orders/x/ship?id=${encodeURIComponent(id)}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: "{}",
        }),
        { params: Promise.resolve({ id }) },
      );
      expect(response.status).toBe(401);
    }
    mockRequest({ cookie });
    for (const id of crafted) {
      await expect(EditProductPage({ params: Promise.resolve({ id }) })).rejects.toMatchObject({
        digest: expect.stringContaining("404"),
      });
      const response = await shipOrder(
        adminRequest(`/api/admin/orders/x/ship`, {
          method: "POST",
          cookie,
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ trackingNumber: "1Z999" }),
        }),
        { params: Promise.resolve({ id }) },
      );
      expect([404, 400]).toContain(response.status);
    }
    expect(await dbFingerprint()).toEqual(before);
  });

  it("the sign-in page's next= parameter can't send anyone to another site", () => {
    for (const evil of [
      "//evil.example",
      "https://evil.example",
      "/\\evil.example",
      "/admin//evil.example",
      "javascript:alert(1)",
      "/admin@evil.example",
      "/shoes",
    ]) {
      expect(safeNextPath(evil)).toBe("/admin");
    }
    expect(safeNextPath("/admin/orders?status=PAID")).toBe("/admin/orders?status=PAID");
  });
});

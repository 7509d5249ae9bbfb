/** @jest-environment-options {"template":"seeded"} */
import { expectRedirect, mockRequest } from "../../support/next-request-mocks";
import { getDb } from "@/lib/db";
import { dbFingerprint } from "./db-fingerprint";
import { createOrder } from "./fixtures";
import { adminRequest, createStaff, signInCookie } from "./support";

import AdminLayout from "@/app/admin/(console)/layout";
import DashboardPage from "@/app/admin/(console)/page";
import ProductsPage from "@/app/admin/(console)/products/page";
import NewProductPage from "@/app/admin/(console)/products/new/page";
import EditProductPage from "@/app/admin/(console)/products/[id]/page";
import VariantsPage from "@/app/admin/(console)/products/[id]/variants/page";
import LowStockPage from "@/app/admin/(console)/stock/page";
import OrdersPage from "@/app/admin/(console)/orders/page";
import OrderPage from "@/app/admin/(console)/orders/[id]/page";
import PackingSlipPage from "@/app/admin/(console)/orders/[id]/packing-slip/page";
import CustomersPage from "@/app/admin/(console)/customers/page";
import CustomerPage from "@/app/admin/(console)/customers/history/page";
import ArticlesPage from "@/app/admin/(console)/articles/page";
import NewArticlePage from "@/app/admin/(console)/articles/new/page";
import EditArticlePage from "@/app/admin/(console)/articles/[id]/page";
import BrandsPage from "@/app/admin/(console)/brands/page";
import NewBrandPage from "@/app/admin/(console)/brands/new/page";
import BrandPage from "@/app/admin/(console)/brands/[id]/page";
import CollectionsPage from "@/app/admin/(console)/collections/page";
import NewCollectionPage from "@/app/admin/(console)/collections/new/page";
import CollectionPage from "@/app/admin/(console)/collections/[id]/page";
import ImportPage from "@/app/admin/(console)/import/page";
import AccountPage from "@/app/admin/(console)/account/page";
import StaffPage from "@/app/admin/(console)/staff/page";
import AuditPage from "@/app/admin/(console)/audit/page";
import ReturnsPage from "@/app/admin/(console)/returns/page";
import ReturnPage from "@/app/admin/(console)/returns/[id]/page";
import * as productActions from "@/lib/admin/catalog/product-actions";
import * as orderActions from "@/lib/admin/orders/order-actions";
import * as articleActions from "@/lib/admin/content/article-actions";
import * as brandActions from "@/lib/admin/content/brand-actions";
import * as collectionActions from "@/lib/admin/content/collection-actions";
import * as staffActions from "@/lib/admin/staff/staff-actions";
import * as returnActions from "@/lib/admin/returns/return-actions";
import * as settingsActions from "@/lib/admin/settings/settings-actions";
import { GET as getProducts } from "@/app/api/admin/products/route";
import { GET as exportProducts } from "@/app/api/admin/products/export/route";
import { GET as exportLowStock } from "@/app/api/admin/stock/export/route";
import { GET as exportDailySales } from "@/app/api/admin/reports/daily-sales/route";
import ReportsPage from "@/app/admin/(console)/reports/page";
import { POST as importProducts } from "@/app/api/admin/products/import/route";
import { POST as upload } from "@/app/api/admin/uploads/route";
import { POST as shipOrder } from "@/app/api/admin/orders/[id]/ship/route";
import { POST as cancelOrder } from "@/app/api/admin/orders/[id]/cancel/route";
import { GET as whoAmI } from "@/app/api/admin/session/route";

const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });
const search = (value: Record<string, string> = {}) => ({ searchParams: Promise.resolve(value) });

async function ids() {
  const db = getDb();
  const [product, article, brand, collection] = await Promise.all([
    db.product.findFirstOrThrow(),
    db.article.findFirstOrThrow(),
    db.brand.findFirstOrThrow(),
    db.collection.findFirstOrThrow(),
  ]);
  const { order } = await createOrder("PAID");
  const shipped = await createOrder("SHIPPED");
  const line = await db.orderLine.findFirstOrThrow({ where: { orderId: shipped.order.id } });
  const requested = await db.returnRequest.create({
    data: {
      orderId: shipped.order.id,
      resolution: "refund",
      lines: { create: [{ orderLineId: line.id, quantity: 1, reason: "too_big" }] },
    },
    include: { lines: true },
  });
  return {
    product: product.id,
    article: article.id,
    brand: brand.id,
    collection: collection.id,
    order: order.id,
    returnId: requested.id,
    returnLineId: requested.lines[0]!.id,
  };
}

/** Every admin page, called the way Next would render it. */
function pages(id: Awaited<ReturnType<typeof ids>>): [string, () => Promise<unknown>][] {
  return [
    ["layout", () => AdminLayout({ children: null })],
    ["/admin", () => DashboardPage(search())],
    ["/admin/products", () => ProductsPage(search())],
    ["/admin/products/new", () => NewProductPage()],
    ["/admin/products/[id]", () => EditProductPage(params({ id: id.product }))],
    ["/admin/products/[id]/variants", () => VariantsPage(params({ id: id.product }))],
    ["/admin/stock", () => LowStockPage(search())],
    ["/admin/orders", () => OrdersPage(search())],
    ["/admin/orders/[id]", () => OrderPage(params({ id: id.order }))],
    ["/admin/orders/[id]/packing-slip", () => PackingSlipPage(params({ id: id.order }))],
    ["/admin/customers", () => CustomersPage(search())],
    ["/admin/reports", () => ReportsPage(search())],
    ["/admin/customers/history", () => CustomerPage(search({ email: "shopper@example.com" }))],
    ["/admin/articles", () => ArticlesPage()],
    ["/admin/articles/new", () => NewArticlePage()],
    ["/admin/articles/[id]", () => EditArticlePage(params({ id: id.article }))],
    ["/admin/brands", () => BrandsPage()],
    ["/admin/brands/new", () => NewBrandPage()],
    ["/admin/brands/[id]", () => BrandPage(params({ id: id.brand }))],
    ["/admin/collections", () => CollectionsPage()],
    ["/admin/collections/new", () => NewCollectionPage()],
    ["/admin/collections/[id]", () => CollectionPage(params({ id: id.collection }))],
    ["/admin/import", () => ImportPage()],
    ["/admin/account", () => AccountPage()],
    ["/admin/staff", () => StaffPage()],
    ["/admin/audit", () => AuditPage(search())],
    ["/admin/returns", () => ReturnsPage(search())],
    ["/admin/returns/[id]", () => ReturnPage(params({ id: id.returnId }))],
  ];
}

/** Every exported admin Server Action, with arguments that would change data if allowed. */
function actions(id: Awaited<ReturnType<typeof ids>>): [string, () => Promise<unknown>][] {
  const product = {
    name: "Injected",
    slug: "injected",
    brandId: id.brand,
    range: "men",
    category: "walking",
    description: "A description long enough to pass.",
    price: "1.00",
    featuredRank: "",
    published: true,
    support: "neutral",
    cushionLevel: "3",
    heelStackMm: "30",
    forefootStackMm: "20",
    rocker: "none",
    heelCounter: "firm",
    baseWidth: "wide",
    toeBox: "roomy",
    weightG: "300",
    removableInsole: true,
    closure: "laces",
    outsole: "road",
  };
  return [
    ["createProductAction", () => productActions.createProductAction(product)],
    ["updateProductAction", () => productActions.updateProductAction(id.product, "", product)],
    ["setPublishedAction", () => productActions.setPublishedAction(id.product, false)],
    ["removeProductAction", () => productActions.removeProductAction(id.product)],
    ["restoreProductAction", () => productActions.restoreProductAction(id.product)],
    [
      "saveVariantGridAction",
      () =>
        productActions.saveVariantGridAction(id.product, [
          { fitRange: "men", sizeLabel: "10", widthCode: "D", stock: "0", sku: "", expected: null },
        ]),
    ],
    ["removeImageAction", () => productActions.removeImageAction("some-image")],
    ["shipOrderAction", () => orderActions.shipOrderAction(id.order, { trackingNumber: "1Z999" })],
    ["cancelOrderAction", () => orderActions.cancelOrderAction(id.order)],
    ["addOrderNoteAction", () => orderActions.addOrderNoteAction(id.order, { body: "Left at the door" })],
    ["approveReturnAction", () => returnActions.approveReturnAction(id.returnId)],
    ["declineReturnAction", () => returnActions.declineReturnAction(id.returnId, { reason: "Worn outdoors, sorry" })],
    [
      "receiveReturnAction",
      () =>
        returnActions.receiveReturnAction(id.returnId, {
          lines: [{ returnLineId: id.returnLineId, resellableQuantity: 1 }],
        }),
    ],
    ["refundReturnAction", () => returnActions.refundReturnAction(id.returnId)],
    [
      "saveStoreSettingsAction",
      () => settingsActions.saveStoreSettingsAction({ taxMode: "inclusive", returnWindowDays: 1 }),
    ],
    ["saveArticleAction", () => articleActions.saveArticleAction(id.article, { title: "x" })],
    ["previewMarkdownAction", () => articleActions.previewMarkdownAction("# hello")],
    [
      "saveBrandAction",
      () =>
        brandActions.saveBrandAction(id.brand, { name: "Hacked", slug: "hacked", description: "Hacked brand text" }),
    ],
    ["saveSizeChartAction", () => brandActions.saveSizeChartAction(id.brand, { range: "men", rows: [] })],
    ["saveCollectionAction", () => collectionActions.saveCollectionAction(id.collection, { title: "x" })],
    [
      "createStaffAction",
      () =>
        staffActions.createStaffAction({
          email: "intruder@example.com",
          role: "owner",
          password: "a very long password",
        }),
    ],
    ["setStaffDisabledAction", () => staffActions.setStaffDisabledAction("someone", true)],
    [
      "changePasswordAction",
      () =>
        staffActions.changePasswordAction({
          currentPassword: "x",
          newPassword: "a very long password",
          confirmPassword: "a very long password",
        }),
    ],
  ];
}

describe("case 20: admin pages, Server Actions and route handlers refuse requests without a staff session", () => {
  let id: Awaited<ReturnType<typeof ids>>;
  beforeAll(async () => {
    id = await ids();
  });

  it("redirects every admin page to the sign-in page", async () => {
    mockRequest();
    for (const [name, render] of pages(id)) {
      const target = await expectRedirect(render).catch((error: Error) => `${name} did not redirect: ${error.message}`);
      expect([name, target]).toEqual([name, "/admin/login"]);
    }
  });

  it("refuses every Server Action called directly (as a POST with a Next-Action header would) and changes nothing", async () => {
    mockRequest({
      headers: { origin: "http://localhost", "sec-fetch-site": "same-origin", "next-action": "0123456789abcdef" },
    });
    const before = await dbFingerprint();
    for (const [name, run] of actions(id)) {
      const target = await expectRedirect(run).catch((error: Error) => `${name} did not redirect: ${error.message}`);
      expect([name, target]).toEqual([name, "/admin/login"]);
    }
    expect(await dbFingerprint()).toEqual(before);
  });

  it("answers every admin route handler with 401 and changes nothing", async () => {
    const before = await dbFingerprint();
    const csv = "product_slug\nx\n";
    const form = new FormData();
    form.set("productId", id.product);
    form.set("alt", "A shoe");
    form.set("file", new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])]), "x.png");
    const responses = await Promise.all([
      getProducts(adminRequest("/api/admin/products")),
      exportProducts(adminRequest("/api/admin/products/export")),
      exportLowStock(adminRequest("/api/admin/stock/export?level=out")),
      exportDailySales(adminRequest("/api/admin/reports/daily-sales")),
      importProducts(
        adminRequest("/api/admin/products/import", {
          method: "POST",
          headers: { "content-type": "text/csv" },
          body: csv,
        }),
      ),
      upload(adminRequest("/api/admin/uploads", { method: "POST", body: form })),
      shipOrder(
        adminRequest(`/api/admin/orders/${id.order}/ship`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ trackingNumber: "1Z999" }),
        }),
        params({ id: id.order }),
      ),
      cancelOrder(adminRequest(`/api/admin/orders/${id.order}/cancel`, { method: "POST" }), params({ id: id.order })),
      whoAmI(adminRequest("/api/admin/session")),
    ]);
    for (const response of responses) {
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: "unauthorized" });
    }
    expect(await dbFingerprint()).toEqual(before);
  });

  it("treats a revoked or made-up cookie like no cookie", async () => {
    await createStaff("gone@example.com");
    const cookie = await signInCookie("gone@example.com");
    await getDb().staffSession.updateMany({ data: { revokedAt: new Date() } });
    for (const value of [cookie, "staff_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]) {
      mockRequest({ cookie: value });
      await expect(expectRedirect(() => DashboardPage(search()))).resolves.toBe("/admin/login");
      expect((await getProducts(adminRequest("/api/admin/products", { cookie: value }))).status).toBe(401);
    }
  });

  it("gives staff without the owner role a redirect (pages), a refusal (actions) or 403 (routes) for owner-only work, and changes nothing", async () => {
    await createStaff("clerk@example.com", "staff");
    const cookie = await signInCookie("clerk@example.com");
    mockRequest({ cookie, headers: { origin: "http://localhost", "sec-fetch-site": "same-origin" } });
    const before = await dbFingerprint();
    await expect(expectRedirect(() => StaffPage())).resolves.toBe("/admin?denied=owner");
    await expect(expectRedirect(() => AuditPage(search()))).resolves.toBe("/admin?denied=owner");
    await expect(expectRedirect(() => productActions.removeProductAction(id.product))).resolves.toBe(
      "/admin?denied=owner",
    );
    await expect(
      expectRedirect(() =>
        staffActions.createStaffAction({ email: "x@example.com", role: "owner", password: "a very long password" }),
      ),
    ).resolves.toBe("/admin?denied=owner");
    const response = await importProducts(
      adminRequest("/api/admin/products/import", {
        method: "POST",
        cookie,
        headers: { "content-type": "text/csv" },
        body: "x\n",
      }),
    );
    expect(response.status).toBe(403);
    expect(await dbFingerprint()).toEqual(before);
    // The staff member can still use staff-level pages.
    await expect(DashboardPage(search())).resolves.toBeTruthy();
  });
});

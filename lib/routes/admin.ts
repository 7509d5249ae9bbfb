import { knownRoutes } from "./known-routes";
import { fillPattern } from "./route-pattern";
import { withQuery } from "./with-query";

// The staff console's pages, each named once (see storefront.ts for the shopper's). Static pages
// are their own href (ADMIN.orders); a record's page has a helper taking its id.

export const ADMIN = knownRoutes({
  home: "/admin",
  login: "/admin/login",
  account: "/admin/account",
  products: "/admin/products",
  newProduct: "/admin/products/new",
  product: "/admin/products/[id]",
  productVariants: "/admin/products/[id]/variants",
  stock: "/admin/stock",
  orders: "/admin/orders",
  order: "/admin/orders/[id]",
  orderPackingSlip: "/admin/orders/[id]/packing-slip",
  customers: "/admin/customers",
  customer: "/admin/customers/history",
  returns: "/admin/returns",
  return: "/admin/returns/[id]",
  articles: "/admin/articles",
  newArticle: "/admin/articles/new",
  article: "/admin/articles/[id]",
  policies: "/admin/policies",
  policy: "/admin/policies/[slug]",
  brands: "/admin/brands",
  newBrand: "/admin/brands/new",
  brand: "/admin/brands/[id]",
  collections: "/admin/collections",
  newCollection: "/admin/collections/new",
  collection: "/admin/collections/[id]",
  import: "/admin/import",
  staff: "/admin/staff",
  audit: "/admin/audit",
  jobs: "/admin/jobs",
  shipping: "/admin/shipping",
  newShippingRate: "/admin/shipping/new",
  shippingRate: "/admin/shipping/[id]",
  discounts: "/admin/discounts",
  newDiscountCode: "/admin/discounts/new",
  discountCode: "/admin/discounts/[id]",
  settings: "/admin/settings",
  reports: "/admin/reports",
});

export function adminProductHref(id: string) {
  return fillPattern(ADMIN.product, { id });
}

/** A product's sizes and stock: where a new product goes next. */
export function adminProductVariantsHref(id: string) {
  return fillPattern(ADMIN.productVariants, { id });
}

export function adminOrderHref(id: string) {
  return fillPattern(ADMIN.order, { id });
}

/** The printable list of what goes in the box, and where it goes. */
export function adminPackingSlipHref(id: string) {
  return fillPattern(ADMIN.orderPackingSlip, { id });
}

/** A return's page: its pairs, the shopper's comment, its refunds and the buttons for its next step. */
export function adminReturnHref(id: string) {
  return fillPattern(ADMIN.return, { id });
}

/** The low-stock list with its filters (level "both", "low" or "out"; brand id, search, fit range). */
export function adminStockHref(filters: Record<string, string>) {
  return withQuery(ADMIN.stock, filters);
}

/** The low-stock list's sizes as a CSV download with the same filters (a route handler, so a plain <a>). */
export function adminLowStockCsvHref(filters: Record<string, string>) {
  return withQuery("/api/admin/stock/export", filters);
}

/**
 * One customer's orders and returns. The email travels in the query, not the path: the access
 * log records paths (scripts/serve.ts), and an address in it would be personal data in the logs.
 */
export function adminCustomerHref(email: string) {
  return withQuery(ADMIN.customer, { email });
}

export function adminArticleHref(id: string) {
  return fillPattern(ADMIN.article, { id });
}

/** A store policy page's editor (shipping, returns, privacy, contact). */
export function adminPolicyHref(slug: string) {
  return fillPattern(ADMIN.policy, { slug });
}

export function adminBrandHref(id: string) {
  return fillPattern(ADMIN.brand, { id });
}

export function adminCollectionHref(id: string) {
  return fillPattern(ADMIN.collection, { id });
}

/** The audit log narrowed to one record's changes. */
export function adminAuditHref(filter: { entityId: string }) {
  return withQuery(ADMIN.audit, filter);
}

export function adminShippingRateHref(id: string) {
  return fillPattern(ADMIN.shippingRate, { id });
}

export function adminDiscountCodeHref(id: string) {
  return fillPattern(ADMIN.discountCode, { id });
}

/** The reports page for a range of whole UTC days (both ends included) or one of its presets. */
export function adminReportsHref(range: { from: string; to: string } | { preset: string }) {
  return withQuery(ADMIN.reports, range);
}

/** The reports page's per-day sales in one currency as a CSV download (a route handler, so a plain <a>). */
export function adminDailySalesCsvHref(range: { from: string; to: string; currency: string }) {
  return withQuery("/api/admin/reports/daily-sales", range);
}

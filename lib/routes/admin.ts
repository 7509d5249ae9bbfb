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

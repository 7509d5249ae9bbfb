import { knownRoutes } from "./known-routes";
import { fillPattern } from "./route-pattern";
import { withQuery } from "./with-query";

// The shopper-facing pages, each named once. Links, redirects, revalidatePath, the sitemap, the
// emails and the page cache's list of cacheable pages all read these. Static pages are their own
// href (STOREFRONT.shoes); a page with a [param] has a helper that fills it in, encoded.

export const STOREFRONT = knownRoutes({
  home: "/",
  shoes: "/shoes",
  product: "/shoes/[slug]",
  collection: "/collections/[slug]",
  articles: "/articles",
  article: "/articles/[slug]",
  fit: "/fit",
  fitNeedsJavaScript: "/fit/needs-javascript",
  fitResult: "/fit/results/[id]",
  cart: "/cart",
  checkoutSuccess: "/checkout/success",
  checkoutCancel: "/checkout/cancel",
  order: "/orders/[id]",
  orderReturn: "/orders/[id]/return",
  returnStatus: "/orders/[id]/returns/[returnId]",
  findOrder: "/orders/find",
  policy: "/help/[slug]",
  shippingPolicy: "/help/shipping",
  returnsPolicy: "/help/returns",
  privacyPolicy: "/help/privacy",
  contactPolicy: "/help/contact",
});

/** A shoe's page. */
export function productHref(slug: string) {
  return fillPattern(STOREFRONT.product, { slug });
}

/** A collection's listing. */
export function collectionHref(slug: string) {
  return fillPattern(STOREFRONT.collection, { slug });
}

/** A guide. */
export function articleHref(slug: string) {
  return fillPattern(STOREFRONT.article, { slug });
}

/** A store policy page (shipping, returns, privacy, contact). */
export function policyHref(slug: string) {
  return fillPattern(STOREFRONT.policy, { slug });
}

/** A saved fit-quiz result: the link a shopper shares (it holds no answers). */
export function resultHref(id: string) {
  return fillPattern(STOREFRONT.fitResult, { id });
}

/**
 * A guest's order page. The token is the order's secret (order-access.ts), so the whole link is
 * private; taking the order itself keeps the id and its token from being swapped.
 */
export function orderHref(order: { id: string; accessToken: string }) {
  return withQuery(fillPattern(STOREFRONT.order, { id: order.id }), { token: order.accessToken });
}

/** The form that starts a return or exchange of an order's pairs (same private token). */
export function orderReturnHref(order: { id: string; accessToken: string }) {
  return withQuery(fillPattern(STOREFRONT.orderReturn, { id: order.id }), { token: order.accessToken });
}

/** One return's page: where it stands, and its printable slip (same private token). */
export function returnStatusHref(order: { id: string; accessToken: string }, returnId: string) {
  return withQuery(fillPattern(STOREFRONT.returnStatus, { id: order.id, returnId }), { token: order.accessToken });
}

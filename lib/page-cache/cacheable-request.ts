import type { IncomingHttpHeaders } from "node:http";
import { CART_COOKIE } from "@/lib/cart/cart-cookie";
import { parseCartId } from "@/lib/cart/cart-id";
import { patternMatcher } from "@/lib/routes/route-pattern";
import { STOREFRONT } from "@/lib/routes/storefront";
import { PLAIN_COOKIE_NAME, SECURE_COOKIE_NAME } from "@/lib/staff/session-cookie";
import { stripTrackingParams } from "./strip-tracking-params";

// Which requests the page cache may answer: plain page views of public catalog and article
// pages. The only personal thing on those pages is the header's count of pairs in the cart, so
// a shopper with a cart gets the copy made for that count (see page-cache-handler.ts). Staff
// (the admin is one click away) and every client-side navigation, prefetch, Server Action and
// API call go to Next.

/** Home, the listing, product pages, collections, the article list and articles. */
const isCacheablePath = patternMatcher([
  STOREFRONT.home,
  STOREFRONT.shoes,
  STOREFRONT.product,
  STOREFRONT.collection,
  STOREFRONT.articles,
  STOREFRONT.article,
]);

const STAFF_COOKIES = new Set([SECURE_COOKIE_NAME, PLAIN_COOKIE_NAME]);

/** Headers Next uses for client navigations, prefetches and Server Actions. */
const NEXT_REQUEST_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action"];

export type PageRequest = { method?: string; url?: string; headers: IncomingHttpHeaders };

/** A request the cache may answer: its URL without tracking parameters, and the shopper's cart if there is one. */
export type CacheablePage = { url: string; cartId: string | null };

export function cacheablePage(request: PageRequest): CacheablePage | null {
  if (request.method !== "GET" || !request.url) return null;
  const queryAt = request.url.indexOf("?");
  const pathname = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  if (!isCacheablePath(pathname)) return null;
  if (queryAt !== -1 && new URLSearchParams(request.url.slice(queryAt + 1)).has("_rsc")) return null;
  if (NEXT_REQUEST_HEADERS.some((name) => request.headers[name] !== undefined)) return null;

  const cookies = cookiePairs(request.headers.cookie);
  if (cookies.some(([name]) => STAFF_COOKIES.has(name))) return null;
  const carts = cookies.filter(([name]) => name === CART_COOKIE);
  const url = stripTrackingParams(request.url);
  if (carts.length === 0) return { url, cartId: null };
  // Exactly one, already in our id's shape: then Next reads the same cart from it. Anything
  // odd (two cart cookies, an encoded value) is left to Next.
  const cartId = carts.length === 1 ? parseCartId(carts[0]?.[1]) : null;
  return cartId ? { url, cartId } : null;
}

function cookiePairs(cookieHeader: string | undefined): [string, string][] {
  if (!cookieHeader) return [];
  return cookieHeader.split(";").map((pair) => {
    const at = pair.indexOf("=");
    return at === -1 ? [pair.trim(), ""] : [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
  });
}

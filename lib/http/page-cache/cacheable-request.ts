import type { IncomingHttpHeaders } from "node:http";
import { CART_COOKIE } from "@/lib/cart/cart-cookie";
import { PLAIN_COOKIE_NAME, SECURE_COOKIE_NAME } from "@/lib/staff/session-cookie";

// Which requests the page cache may answer: a first-time visitor's (or a crawler's) plain page
// view of a public catalog or article page. Anyone with a cart or a staff session gets pages
// rendered for them (their header shows their cart), and so does every client-side navigation,
// Server Action and API call.

/** Home, the listing, product pages, collections, the article list and articles. */
const CACHEABLE_PATH = /^\/(?:shoes(?:\/[^/]+)?|collections\/[^/]+|articles(?:\/[^/]+)?)?$/;

/** Cookies that make a page personal. Other cookies (say, a CDN's) don't change what we render. */
const PERSONAL_COOKIES = new Set([CART_COOKIE, SECURE_COOKIE_NAME, PLAIN_COOKIE_NAME]);

/** Headers Next uses for client navigations, prefetches and Server Actions. */
const NEXT_REQUEST_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action"];

export type PageRequest = { method?: string; url?: string; headers: IncomingHttpHeaders };

export function isCacheablePageRequest(request: PageRequest): boolean {
  if (request.method !== "GET" || !request.url) return false;
  const queryAt = request.url.indexOf("?");
  const pathname = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  if (!CACHEABLE_PATH.test(pathname)) return false;
  if (queryAt !== -1 && new URLSearchParams(request.url.slice(queryAt + 1)).has("_rsc")) return false;
  if (NEXT_REQUEST_HEADERS.some((name) => request.headers[name] !== undefined)) return false;
  return !hasPersonalCookie(request.headers.cookie);
}

function hasPersonalCookie(cookieHeader: string | undefined): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(";").some((pair) => {
    const name = pair.slice(0, pair.includes("=") ? pair.indexOf("=") : undefined).trim();
    return PERSONAL_COOKIES.has(name);
  });
}

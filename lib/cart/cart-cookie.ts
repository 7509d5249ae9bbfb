import { siteOrigin } from "@/lib/site";

export const CART_COOKIE = "cart_id";

/** 30 days, in seconds: a guest's cart survives closing the browser. Abandoned carts are pruned after it. */
export const CART_COOKIE_MAX_AGE_S = 30 * 24 * 60 * 60;

/** httpOnly so page scripts can't read it; Secure whenever the store is served over HTTPS. */
export function cartCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: siteOrigin().startsWith("https://"),
    path: "/",
    maxAge: CART_COOKIE_MAX_AGE_S,
  };
}

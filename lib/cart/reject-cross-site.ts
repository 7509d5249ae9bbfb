import type { NextRequest } from "next/server";
import { ApiError } from "@/lib/http/api-error";
import { siteOrigin } from "@/lib/site";

/**
 * State-changing cart/checkout routes only accept same-site requests: a browser on another site
 * can't add to, or check out, a shopper's cart through their cookie. Clients that send neither
 * header (curl, server-to-server) carry no ambient cookie risk and are let through.
 */
export function rejectCrossSite(request: NextRequest): void {
  if (request.headers.get("sec-fetch-site") === "cross-site") throw new ApiError(403, "cross_site_request");
  const origin = request.headers.get("origin");
  if (origin === null) return;
  const allowed = new Set([request.nextUrl.origin, siteOrigin()]);
  if (!allowed.has(origin)) throw new ApiError(403, "cross_site_request");
}

import { NextResponse } from "next/server";

/**
 * A 303 to a path in the store, with a relative Location (RFC 9110 allows it): the browser stays
 * on the host name it is using. An absolute URL built from SITE_URL or the request's URL can name
 * another host, whose cookies (the cart, the staff session) the browser doesn't send.
 */
export function seeOther(path: `/${string}`): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path } });
}

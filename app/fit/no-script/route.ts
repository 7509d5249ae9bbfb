import { NextResponse, type NextRequest } from "next/server";

/**
 * POST /fit/no-script: where the quiz form posts when its script isn't running (JavaScript off,
 * or a press of Next before the page's script loaded). The answers in the body are never read,
 * stored or echoed; the shopper is sent, by a plain GET that carries nothing, to a page that says
 * the quiz needs JavaScript. Without this the browser's default would be a GET to /fit with every
 * safety answer in the address (decision 0004).
 */
export function POST(request: NextRequest) {
  return NextResponse.redirect(new URL("/fit/needs-javascript", request.url), { status: 303, headers: { "Cache-Control": "no-store" } });
}

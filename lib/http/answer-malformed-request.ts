import type { IncomingMessage, ServerResponse } from "node:http";
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";
import { answerUndecodableAction, isPossibleActionRequest } from "./answer-undecodable-action";
import { API_CONTENT_SECURITY_POLICY, commonSecurityHeaders } from "./security-headers";

// Requests Next answers with a 500 before any of our code runs, answered 4xx by the production
// server (scripts/serve.ts) before Next or the page cache sees them. No link, form or script of
// ours sends any of them. proxy.ts can't catch them: Next fails on some before the proxy runs,
// and strips the router headers from what the proxy sees.
// - A path whose percent-escapes aren't UTF-8: Next decodes every dynamic segment with
//   decodeURIComponent and doesn't catch its URIError (/shoes/%FF, /collections/%C0%AF overlong,
//   /orders/%ED%A0%80 a UTF-16 surrogate, a lone "%"). Also a NUL byte (%00): it decodes, but
//   PostgreSQL can't compare text holding one. The query string is left alone: Next reads it leniently.
// - An RSC request (rsc: 1) whose next-router-state-tree header isn't a router state: Next throws
//   "could not be parsed" mid-render. Checked with Next's own parser.
// - A Server Action whose body Next can't decode (answer-undecodable-action.ts).
// - The methods fetch forbids (TRACE, TRACK, CONNECT): Next turns every request into a fetch
//   Request, whose constructor throws "HTTP method is unsupported". Answered 405.

const HEADERS: Record<string, string> = Object.fromEntries(
  [...commonSecurityHeaders(process.env.NODE_ENV === "production"), API_CONTENT_SECURITY_POLICY].map((header) => [
    header.key,
    header.value,
  ]),
);

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Address not valid</title></head><body><h1>We couldn't read that address</h1><p>The link may have been cut short or changed on the way. <a href="/">Go to the home page</a> or <a href="/shoes">browse all shoes</a>.</p></body></html>`;

/** Methods a fetch Request can't have; no route of ours answers them. */
const UNSUPPORTED_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

/** True when the path (not the query) has a percent-escape that isn't UTF-8, or a NUL byte. */
export function isMalformedPath(url: string): boolean {
  const path = url.split("?", 1)[0] ?? "";
  if (!path.includes("%")) return false;
  try {
    return decodeURIComponent(path).includes("\u0000");
  } catch {
    return true;
  }
}

/** True for an RSC request whose router state header Next would fail to parse. */
export function hasBadRouterState(headers: IncomingMessage["headers"]): boolean {
  const state = headers["next-router-state-tree"];
  if (state === undefined || headers.rsc !== "1") return false;
  try {
    parseAndValidateFlightRouterState(state);
    return false;
  } catch {
    return true;
  }
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Answers a malformed request with a 400 (405 for an unsupported method; JSON under /api/, a
 * small page elsewhere). A possible Server Action request is read, checked and then answered or
 * handed to `next` with its body intact. Null for every other request: the caller goes on.
 */
export function answerMalformedRequest(req: IncomingMessage, res: ServerResponse, next: Handler): Promise<void> | null {
  const url = req.url ?? "/";
  const unsupported = UNSUPPORTED_METHODS.has(req.method ?? "");
  if (!unsupported && !isMalformedPath(url) && !hasBadRouterState(req.headers))
    return isPossibleActionRequest(req) ? answerUndecodableAction(req, res, next) : null;
  const api = url.startsWith("/api/");
  const body = api ? JSON.stringify({ error: unsupported ? "method_not_allowed" : "invalid_request" }) : PAGE;
  res.writeHead(unsupported ? 405 : 400, {
    ...HEADERS,
    ...(unsupported ? { Allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS" } : {}),
    "Content-Type": api ? "application/json" : "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  res.end(req.method === "HEAD" ? undefined : body);
  return Promise.resolve();
}

import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { createNonce } from "@/lib/http/content-security-policy";
import { acceptsGzip } from "./accepts-gzip";
import type { StoredPage } from "./page-store";

const gzip = promisify(zlib.gzip);

/**
 * Sends a stored page with a fresh CSP nonce. The old nonce was random and unknown until the
 * page was rendered, so nothing else in the page can contain it: replacing every occurrence
 * changes exactly the nonce attributes (and the CSP header) and nothing a visitor wrote.
 */
export async function answerFromStore(req: IncomingMessage, res: ServerResponse, page: StoredPage): Promise<void> {
  const nonce = createNonce();
  const body = page.body.split(page.nonce).join(nonce);
  const headers: Record<string, string | string[] | number> = { "x-page-cache": "hit" };
  for (const [name, value] of Object.entries(page.headers)) {
    headers[name] = Array.isArray(value) ? value : value.split(page.nonce).join(nonce);
  }
  headers.vary = withAcceptEncoding(page.headers.vary);
  if (acceptsGzip(req.headers["accept-encoding"])) {
    // On libuv's thread pool, so it doesn't hold up other requests on this process.
    const zipped = await gzip(body);
    headers["content-encoding"] = "gzip";
    headers["content-length"] = zipped.length;
    res.writeHead(page.status, headers);
    res.end(zipped);
    return;
  }
  headers["content-length"] = Buffer.byteLength(body);
  res.writeHead(page.status, headers);
  res.end(body);
}

function withAcceptEncoding(vary: string | string[] | undefined): string {
  const values = (Array.isArray(vary) ? vary.join(",") : (vary ?? ""))
    .split(",")
    .map((value) => value.trim())
    .filter(Boolean);
  if (!values.some((value) => value.toLowerCase() === "accept-encoding")) values.push("Accept-Encoding");
  return values.join(", ");
}

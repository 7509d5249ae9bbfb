import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type { StoredPage } from "./page-store";

// Keeps a copy of a page while Next streams it to the visitor, so the page cache can answer the
// next visitor without rendering. Only a page that could be anyone's is kept: 200, HTML, no
// Set-Cookie, and a CSP nonce we can swap. Next gzips the page for a visitor who accepts it; the
// copy is kept unpacked, because every later answer swaps the nonce and packs it again.

const gunzip = promisify(zlib.gunzip);

/** Connection-level headers, and ones the cache writes itself on every answer. */
const NOT_STORED = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "x-page-cache",
]);

type Writer = (chunk?: unknown, encoding?: unknown, callback?: unknown) => unknown;

/** Resolves once the response is finished: the page, or null when it must not be kept. */
export function recordResponse(res: ServerResponse): Promise<Omit<StoredPage, "version"> | null> {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === "string")
      chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const writable = res as unknown as { write: Writer; end: Writer; writeHead: (...args: unknown[]) => unknown };
  const write = writable.write;
  const end = writable.end;
  const writeHead = writable.writeHead;
  writable.write = function (chunk, encoding, callback) {
    keep(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  writable.end = function (chunk, encoding, callback) {
    keep(chunk, encoding);
    return end.call(this, chunk, encoding, callback);
  };
  // Headers handed straight to writeHead() don't show up in getHeaders(): move them there first.
  writable.writeHead = function (statusCode, ...rest) {
    const headers = rest.find((arg) => typeof arg === "object" && arg !== null);
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders))
        if (value !== undefined) res.setHeader(name, value);
    }
    const message = rest.find((arg) => typeof arg === "string");
    return message === undefined ? writeHead.call(this, statusCode) : writeHead.call(this, statusCode, message);
  };

  return new Promise((resolve) => {
    let finished = false;
    res.once("finish", () => {
      finished = true;
      storable(res, Buffer.concat(chunks)).then(resolve, () => resolve(null));
    });
    // "close" without "finish" means the visitor went away mid-page.
    res.once("close", () => {
      if (!finished) resolve(null);
    });
  });
}

async function storable(res: ServerResponse, sent: Buffer): Promise<Omit<StoredPage, "version"> | null> {
  const headers = res.getHeaders();
  if (res.statusCode !== 200 || headers["set-cookie"] !== undefined) return null;
  const encoding = headers["content-encoding"];
  if (encoding !== undefined && encoding !== "gzip") return null;
  const body = encoding === "gzip" ? await gunzip(sent) : sent;
  if (!String(headers["content-type"] ?? "").startsWith("text/html")) return null;
  const nonce = /'nonce-([^']+)'/.exec(String(headers["content-security-policy"] ?? ""))?.[1];
  if (!nonce) return null;
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_STORED.has(name)) continue;
    kept[name] = Array.isArray(value) ? value : String(value);
  }
  return { status: 200, headers: kept, body: body.toString("utf8"), nonce };
}

import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { apiErrorReply, type JsonReply } from "./api-error";
import { StoreError } from "@/lib/errors/store-error";
import { MAX_JSON_BODY_BYTES, parseJsonBody } from "./read-json-body";
import { API_CONTENT_SECURITY_POLICY, commonSecurityHeaders } from "./security-headers";

// A JSON route answered by the production server itself (scripts/serve.ts, decision 0010), with
// what Next would have added around the same handler: the 64 KB body cap (413), 400 for a body
// that isn't JSON, the security headers of next.config.js, and gzip when the client takes it.

const gzip = promisify(zlib.gzip);
/** Small answers aren't worth compressing. */
const GZIP_FROM_BYTES = 1024;

export type JsonHandler = (body: unknown) => Promise<JsonReply>;

export async function answerJsonRoute(req: IncomingMessage, res: ServerResponse, handler: JsonHandler): Promise<void> {
  let reply: JsonReply;
  try {
    reply = await handler(parseJsonBody(await readCappedNodeBody(req, MAX_JSON_BODY_BYTES)));
  } catch (error) {
    reply = apiErrorReply(error);
  }
  await send(req, res, reply);
}

const SECURITY_HEADERS: Record<string, string> = Object.fromEntries(
  [...commonSecurityHeaders(process.env.NODE_ENV === "production"), API_CONTENT_SECURITY_POLICY].map((header) => [
    header.key,
    header.value,
  ]),
);

async function send(req: IncomingMessage, res: ServerResponse, reply: JsonReply): Promise<void> {
  const json = Buffer.from(JSON.stringify(reply.body));
  const gzipped = json.length >= GZIP_FROM_BYTES && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  const body = gzipped ? await gzip(json) : json;
  const headers: Record<string, string | number> = {
    ...SECURITY_HEADERS,
    "Content-Type": "application/json",
    Vary: "Accept-Encoding",
    ...reply.headers,
  };
  if (gzipped) headers["Content-Encoding"] = "gzip";
  headers["Content-Length"] = body.length;
  res.writeHead(reply.status, headers);
  res.end(body);
}

/** The body as text, refusing (413) anything over `limit` bytes whether or not Content-Length says so. */
function readCappedNodeBody(req: IncomingMessage, limit: number): Promise<string> {
  // Refused bodies are still read and thrown away (as Next does), so the client, still sending,
  // gets the 413 rather than a broken pipe.
  if (Number(req.headers["content-length"] ?? "0") > limit) {
    req.resume();
    return Promise.reject(new StoreError(413, "body_too_large"));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (error: StoreError | null) => {
      req.off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
      if (!error) return resolve(Buffer.concat(chunks).toString("utf8"));
      req.resume();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) stop(new StoreError(413, "body_too_large"));
      else chunks.push(chunk);
    };
    const onEnd = () => stop(null);
    // The client went away mid-body: a 400 nobody reads, and not a database outage (ECONNRESET).
    const onError = () => stop(new StoreError(400, "incomplete_body"));
    const onClose = () => stop(new StoreError(400, "incomplete_body"));
    req.on("data", onData).on("end", onEnd).on("error", onError).on("close", onClose);
  });
}

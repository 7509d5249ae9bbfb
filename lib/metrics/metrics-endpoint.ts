import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { MetricsText } from "./cluster-metrics";

// GET /metrics, answered by the production server before Next (decision 0018). Without
// METRICS_TOKEN there are no metrics to see: 404, as for any unknown path. With it, the scraper
// sends `Authorization: Bearer <token>`; anything else is a 401. The comparison takes the same
// time whatever the guess (both sides hashed to 32 bytes first, then timingSafeEqual).

const PLAIN_HEADERS = {
  "Content-Type": "text/plain; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
};

export function createMetricsEndpoint(options: {
  token: string | undefined;
  collect: () => Promise<MetricsText>;
}): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const expected = options.token === undefined ? null : digest(options.token);
  return async (req, res) => {
    if (!expected) return plain(res, 404, "Not found");
    if (!presentsToken(req.headers.authorization, expected)) {
      res.setHeader("WWW-Authenticate", 'Bearer realm="metrics"');
      return plain(res, 401, "A metrics token is required (Authorization: Bearer <METRICS_TOKEN>).");
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      return plain(res, 405, "Method not allowed");
    }
    let metrics: MetricsText;
    try {
      metrics = await options.collect();
    } catch (error) {
      console.warn(`Metrics scrape failed: ${error instanceof Error ? error.message : String(error)}`);
      return plain(res, 503, "Metrics are unavailable for a moment.");
    }
    res.writeHead(200, { ...PLAIN_HEADERS, "Content-Type": metrics.contentType });
    res.end(req.method === "HEAD" ? undefined : metrics.body);
  };
}

function presentsToken(authorization: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? "");
  // Hashed even when absent, so a missing header costs what a wrong one does.
  return timingSafeEqual(digest(match?.[1] ?? ""), expected) && match !== null;
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, PLAIN_HEADERS);
  res.end(`${text}\n`);
}

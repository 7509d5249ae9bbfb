import type { IncomingMessage, ServerResponse } from "node:http";
import type { Readiness } from "./readiness";

// GET /healthz and GET /readyz, answered by the production server before anything else
// (decision 0018): no page cache, no Next, no session. /healthz says the process is up (for a
// restart policy); /readyz runs the readiness checks (for a load balancer) and answers 503
// when any fails. Both name each check in JSON and are never cached.

const HEADERS = {
  "Content-Type": "application/json; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
};

export type HealthEndpoints = (req: IncomingMessage, res: ServerResponse) => Promise<void> | null;

export function createHealthEndpoints(options: { checkReadiness: () => Promise<Readiness> }): HealthEndpoints {
  return (req, res) => {
    const path = (req.url ?? "").split("?", 1)[0];
    if (path !== "/healthz" && path !== "/readyz") return null;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...HEADERS, Allow: "GET, HEAD" });
      res.end(JSON.stringify({ error: "method_not_allowed" }));
      return Promise.resolve();
    }
    if (path === "/healthz") return Promise.resolve(send(req, res, 200, { status: "up" }));
    return options.checkReadiness().then((readiness) =>
      send(req, res, readiness.ready ? 200 : 503, {
        status: readiness.ready ? "ready" : "unready",
        checks: readiness.checks,
      }),
    );
  };
}

function send(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { ...HEADERS, "Content-Length": Buffer.byteLength(json) });
  res.end(req.method === "HEAD" ? undefined : json);
}

import http from "node:http";
import { BodyTooLarge, readBody, sendJson } from "./http-io";
import type { Handler } from "./router";
import { StripeRequestError } from "./session";

// The stand-in's HTTP server on 127.0.0.1: reads each request, hands it to the router, and turns
// what a route throws into the error answer Stripe would give.

export async function listen(
  router: Handler,
  { port, log }: { port: number; log: (message: string) => void },
): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    answer(router, request, response).catch((error: unknown) => {
      if (error instanceof StripeRequestError) return sendJson(response, error.status, error.body);
      if (error instanceof BodyTooLarge)
        return sendJson(response, 413, {
          error: { type: "invalid_request_error", message: "Request body too large." },
        });
      log(`Internal error: ${error instanceof Error ? error.stack : String(error)}`);
      sendJson(response, 500, { error: { type: "api_error", message: "Stand-in internal error." } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return server;
}

async function answer(router: Handler, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const url = new URL(request.url ?? "/", "http://stand-in");
  const method = request.method ?? "GET";
  const body = await readBody(request);
  await router({ method, url, body, request, params: [] }, response);
}

import type http from "node:http";
import { sendJson } from "./http-io";

// A list of routes tried in order: the first whose method and path match answers. A route can
// hand its requests to another router (the /v1 API behind its key check).

export type Call = {
  method: string;
  url: URL;
  /** Read before routing: every route gets the whole body, and an oversized one fails alike. */
  body: string;
  request: http.IncomingMessage;
  /** The path pattern's capture groups. */
  params: string[];
};

export type Handler = (call: Call, response: http.ServerResponse) => void | Promise<void>;

export type Route = {
  /** Any method when left out. */
  method?: string;
  path: RegExp;
  handle: Handler;
};

export function createRouter(routes: Route[]): Handler {
  return async (call, response) => {
    for (const route of routes) {
      if (route.method && route.method !== call.method) continue;
      const match = route.path.exec(call.url.pathname);
      if (match) return route.handle({ ...call, params: match.slice(1) }, response);
    }
    sendJson(response, 404, {
      error: {
        type: "invalid_request_error",
        message: `Unrecognized request URL (${call.method}: ${call.url.pathname}).`,
      },
    });
  };
}

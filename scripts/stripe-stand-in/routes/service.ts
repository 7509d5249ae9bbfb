import { sendText } from "../http-io";
import type { Route } from "../router";

// What isn't Stripe: the readiness check the launcher and tests poll, and the browser's favicon
// request from the hosted page (answered empty rather than as an unknown API URL).

export const serviceRoutes: Route[] = [
  { path: /^\/health$/, handle: (_call, response) => sendText(response, 200, "ok") },
  { path: /^\/favicon\.ico$/, handle: (_call, response) => sendText(response, 204, "") },
];

import type { Server } from "node:http";

// The HTTP part of a graceful stop (decision 0018): stop listening at once, let the requests in
// flight finish, close each keep-alive connection as soon as it is idle, and after the deadline
// close whatever is still open. Resolves when every connection is closed.

export type DrainResult = { forced: boolean };

export function drainHttpServer(server: Server, deadlineMs: number): Promise<DrainResult> {
  return new Promise((resolve) => {
    let forced = false;
    // A request that finishes on a keep-alive connection leaves it idle: close those as they come.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => {
      forced = true;
      server.closeAllConnections();
    }, deadlineMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve({ forced });
    });
    server.closeIdleConnections();
  });
}

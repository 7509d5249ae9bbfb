import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { isIP, type BlockList } from "node:net";

// Every request gets an id, logged on its access line and on anything logged while it ran, and
// sent back as X-Request-Id so a shopper's report or a proxy's log can be matched to ours. A
// proxy we trust (TRUSTED_PROXIES, decision 0005) may have given it one already: that id is kept,
// so one request has one id end to end. From anyone else the header is ignored: a client must not
// be able to put arbitrary text in our logs, or make two requests look like one.

/** What a proxy's id may look like: UUIDs, hex, nginx's $request_id, AWS's Root=1-…, and the like. */
const ACCEPTED_ID = /^[A-Za-z0-9][A-Za-z0-9._:=+-]{7,127}$/;

export const REQUEST_ID_HEADER = "x-request-id";

export function requestIdFor(req: IncomingMessage, trustedProxies: BlockList): string {
  const given = req.headers[REQUEST_ID_HEADER];
  if (typeof given === "string" && ACCEPTED_ID.test(given) && peerIsTrusted(req.socket.remoteAddress, trustedProxies))
    return given;
  return randomUUID();
}

function peerIsTrusted(remoteAddress: string | undefined, trusted: BlockList): boolean {
  if (!remoteAddress) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(remoteAddress);
  const address = mapped ? (mapped[1] as string) : remoteAddress;
  const family = isIP(address);
  if (family === 0) return false;
  return trusted.check(address, family === 6 ? "ipv6" : "ipv4");
}

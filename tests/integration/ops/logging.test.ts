import { BlockList } from "node:net";
import type { IncomingMessage } from "node:http";
import { createLogger } from "@/lib/logging/create-logger";
import { runWithRequest } from "@/lib/logging/request-context";
import { requestIdFor } from "@/lib/logging/request-id";
import { routeConsoleToLogger } from "@/lib/logging/route-console-to-logger";
import { scrubLogText } from "@/lib/logging/scrub-log-text";
import { parseTrustedProxies } from "@/lib/http/resolve-client-address";

// The production server's logs (decision 0018): what never reaches them, how lib code's console
// calls get there with their request id, and which X-Request-Id is believed. The whole server is
// exercised in production-server.test.ts.

function memoryLogger(options: Parameters<typeof createLogger>[0] = {}) {
  const out: string[] = [];
  const problems: string[] = [];
  const logger = createLogger({
    ...options,
    streams: {
      out: { write: (line: string) => out.push(line) },
      problems: { write: (line: string) => problems.push(line) },
    },
  });
  const parse = (lines: string[]) => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, out: () => parse(out), problems: () => parse(problems), raw: () => [...out, ...problems].join("") };
}

describe("scrubLogText", () => {
  it.each([
    ["a mail server's error", "550 5.1.1 <walker.pain@example.com>: Recipient unknown", "walker.pain@example.com"],
    ["a connection string", "connect failed for postgresql://store:hunter2secret@db:5432/store", "hunter2secret"],
    ["a Stripe secret key", "Invalid API key sk_test_51HxYzAbCdEf0123456789", "sk_test_51HxYzAbCdEf0123456789"],
    ["a webhook secret", "secret whsec_abcDEF0123456789xyz used", "whsec_abcDEF0123456789xyz"],
    [
      "a signature header",
      "stripe-signature: t=1733200000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd",
      "5257a869e7ecebeda",
    ],
    ["a bearer token", "Authorization: Bearer abc.def-ghi_jkl", "abc.def-ghi_jkl"],
    [
      "a session token",
      "session 3q2-7wAAAAAAAAAAAAAAAAAbcdefghijklmnopqrstu expired",
      "3q2-7wAAAAAAAAAAAAAAAAAbcdefghijklmnopqrstu",
    ],
  ])("takes %s out", (_what, text, secret) => {
    const scrubbed = scrubLogText(text);
    expect(scrubbed).not.toContain(secret);
    expect(scrubbed).toMatch(/\[(address|secret|signature|token)\]/);
  });

  it("keeps what isn't secret, and blanks configured secrets wherever they appear", () => {
    expect(scrubLogText("GET /shoes/harbour-walk 200 in 12 ms")).toBe("GET /shoes/harbour-walk 200 in 12 ms");
    expect(scrubLogText("token=my-metrics-token-value here", ["my-metrics-token-value"])).toBe("token=[secret] here");
  });
});

describe("the logger", () => {
  it("writes JSON lines: info on the out stream, warnings and errors on the problems stream", () => {
    const { logger, out, problems } = memoryLogger();
    logger.info({ requestId: "r-1" }, "request");
    logger.warn("slow");
    logger.error("broken");
    expect(out()).toEqual([expect.objectContaining({ level: "info", msg: "request", requestId: "r-1" })]);
    expect(problems().map((line) => line.level)).toEqual(["warn", "error"]);
    expect(out()[0]?.time).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
  });

  it("censors headers, bodies and addresses whatever a caller logs", () => {
    const { logger, raw } = memoryLogger({ secrets: ["whsec_configuredSecretValue"] });
    logger.info(
      {
        req: {
          headers: {
            cookie: "cart_id=abcdefghijklmnopqrstuvwxyz012345; staff_session=zzz",
            authorization: "Basic c2VjcmV0",
            "stripe-signature": "t=1,v1=abc",
          },
          body: { pain: { where: "one_leg_below_knee" } },
        },
        email: "walker@example.com",
      },
      "shopper walker@example.com with whsec_configuredSecretValue",
    );
    const text = raw();
    for (const secret of [
      "cart_id=",
      "c2VjcmV0",
      "v1=abc",
      "one_leg_below_knee",
      "walker@example.com",
      "configuredSecret",
    ])
      expect(text).not.toContain(secret);
    expect(text).toContain("[redacted]");
  });

  it("routes console calls through the logger, with the id of the request they happened in", () => {
    const { logger, out, problems } = memoryLogger();
    const saved = {
      log: console.log,
      info: console.info,
      warn: console.warn,
      error: console.error,
      debug: console.debug,
      trace: console.trace,
    };
    try {
      routeConsoleToLogger(logger);
      runWithRequest({ requestId: "req-12345678" }, () => {
        console.warn("Stripe unavailable for order %s", "ord_1");
        console.error("Request failed:", new Error("boom for someone@example.com"));
      });
      console.info("outside any request");
    } finally {
      Object.assign(console, saved);
    }
    expect(problems()).toEqual([
      expect.objectContaining({ level: "warn", requestId: "req-12345678", msg: "Stripe unavailable for order ord_1" }),
      expect.objectContaining({
        level: "error",
        requestId: "req-12345678",
        msg: expect.stringContaining("Error: boom for [address]"),
      }),
    ]);
    expect(out()).toEqual([expect.objectContaining({ level: "info", msg: "outside any request" })]);
    expect(out()[0]).not.toHaveProperty("requestId");
  });
});

describe("requestIdFor", () => {
  const request = (remoteAddress: string, id?: string) =>
    ({
      headers: id === undefined ? {} : { "x-request-id": id },
      socket: { remoteAddress },
    }) as unknown as IncomingMessage;
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it("keeps a well-formed id from a trusted proxy", () => {
    const trusted = parseTrustedProxies("loopback");
    expect(requestIdFor(request("127.0.0.1", "lb-0123456789abcdef"), trusted)).toBe("lb-0123456789abcdef");
    expect(requestIdFor(request("::ffff:127.0.0.1", "Root=1-67891233-abcdef012345678912345678"), trusted)).toBe(
      "Root=1-67891233-abcdef012345678912345678",
    );
  });

  it("makes a new id for anyone else, and for a trusted proxy's malformed one", () => {
    expect(requestIdFor(request("203.0.113.9", "lb-0123456789abcdef"), parseTrustedProxies("loopback"))).toMatch(uuid);
    expect(requestIdFor(request("127.0.0.1", "lb-0123456789abcdef"), new BlockList())).toMatch(uuid);
    const trusted = parseTrustedProxies("loopback");
    for (const bad of ["short", "has spaces in it", "x".repeat(200), "line\nbreak-123456", "<script>alert(1)</script>"])
      expect(requestIdFor(request("127.0.0.1", bad), trusted)).toMatch(uuid);
    expect(requestIdFor(request("127.0.0.1"), trusted)).toMatch(uuid);
  });
});

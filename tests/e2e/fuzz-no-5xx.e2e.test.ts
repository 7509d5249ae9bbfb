/** @jest-environment-options {"template":"seeded"} */
import fc from "fast-check";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { insertStaffUser } from "@/lib/staff/insert-staff-user";
import { createScriptClient } from "../../scripts/lib/prisma-client";
import {
  encodeReply,
  headerSet,
  hostileJson,
  hostileText,
  pathSegment,
  percentEncode,
  queryString,
  rawGarbage,
  type HeaderSet,
} from "./support/fuzz-inputs";
import { E2E_DIST_DIR } from "./support/store-build";
import { STORE_START_TIMEOUT_MS } from "./support/store-server";
import { startStoreWithPayments, type StoreWithPayments } from "./support/store-with-payments";

// Bad client input gets a clear 4xx, never a 5xx (review F7, F8, F11). Against the production
// server: generated garbage (NUL bytes, broken and overlong percent-escapes, lone surrogates, huge
// strings, wrong JSON types, __proto__ keys, hostile Origin / Sec-Fetch-Site / X-Forwarded-Host /
// router-state headers) sent to every route handler (each of its methods and two it hasn't),
// every page (dynamic segments and query strings, signed out and as the owner) and every Server
// Action (ids from the build's manifest; arguments encoded as React does, as FormData, and as raw
// bytes). Any 5xx fails, and so does an error row in the answer to a well-encoded action call
// (a result React couldn't send). FUZZ_SEED=<n> repeats a run; FUZZ_RUNS scales it.

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2_400);
const CONCURRENCY = 6;
const OWNER = { email: "owner@fuzz.example", password: "correct horse battery staple" };
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND"];

type Target = { kind: "route" | "page" | "action"; name: string };
type FuzzRequest = Target & {
  method: string;
  path: string;
  headers: HeaderSet;
  body?: Buffer;
  /** A Server Action call encoded as React's client encodes it: its answer must hold no error row. */
  wellEncoded?: boolean;
};
type Outcome = { request: FuzzRequest; status: number | "timeout" | "network_error"; errorRow: boolean; body: string };

let store: StoreWithPayments | undefined;
let db: PrismaClient | undefined;
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

beforeAll(async () => {
  store = await startStoreWithPayments();
  db = createScriptClient(process.env.DATABASE_URL);
  await insertStaffUser(db, { ...OWNER, role: "owner" }, { via: "cli" });
}, STORE_START_TIMEOUT_MS);

afterAll(async () => {
  agent.destroy();
  await Promise.allSettled([store?.stop(), db?.$disconnect()]);
}, 60_000);

/** One request over a keep-alive connection, exactly as given (the path is not normalized). Never throws. */
function send(origin: string, request: FuzzRequest): Promise<Omit<Outcome, "request">> {
  const url = new URL(origin);
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body) headers["content-length"] = request.body.length;
    let req: http.ClientRequest;
    try {
      req = http.request({
        agent,
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers,
        timeout: 20_000,
      });
    } catch (error) {
      // Our own client refused the request line or a header (Node validates both): not a server answer.
      resolve({ status: "network_error", errorRow: false, body: `client refused: ${String(error)}` });
      return;
    }
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode ?? 0, errorRow: /^[0-9a-f]+:E\{/m.test(text), body: text.slice(0, 300) });
      });
      res.on("error", () => resolve({ status: "network_error", errorRow: false, body: "response cut off" }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (error) =>
      resolve({
        status: error.message === "timeout" ? "timeout" : "network_error",
        errorRow: false,
        body: String(error),
      }),
    );
    req.end(request.body);
  });
}

/** Route handlers and pages as files under app/, with their URL pattern and (for routes) methods. */
function appFiles(name: "route.ts" | "page.tsx"): { pattern: string; file: string; methods: string[] }[] {
  const found: { pattern: string; file: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === name) {
        const segments = path
          .relative("app", dir)
          .split(path.sep)
          .filter((segment) => segment && !/^\(.*\)$/.test(segment));
        const source = fs.readFileSync(full, "utf8");
        const methods = [
          ...source.matchAll(
            /export (?:async )?(?:function|const) (GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b|as (GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g,
          ),
        ].map((match) => (match[1] ?? match[2]) as string);
        found.push({ pattern: `/${segments.join("/")}`, file: full, methods });
      }
    }
  };
  walk("app");
  return found;
}

/** Server Actions from the build's manifest: name, id and a page that has it. */
function serverActions(): { name: string; id: string; page: string }[] {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(E2E_DIST_DIR, "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    const page = `/${worker.replace(/^app\/?/, "").replace(/\/?page$/, "")}`
      .split("/")
      .filter((segment) => !/^\(.*\)$/.test(segment))
      .map((segment) => (segment.startsWith("[") ? "fuzz" : segment))
      .join("/");
    return { name: entry.exportedName, id, page: page || "/" };
  });
}

function multipart(fields: [string, string][]): { body: Buffer; type: string } {
  const boundary = `----fuzz${Math.random().toString(16).slice(2)}`;
  const parts = fields.map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, "_")}"\r\n\r\n${value}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

/** A body for a route handler: JSON garbage mostly, sometimes no body, raw bytes, a form or a CSV. */
const routeBody: fc.Arbitrary<{ body?: Buffer; type?: string }> = fc.oneof(
  {
    weight: 6,
    arbitrary: hostileJson.map((value) => ({
      body: Buffer.from(JSON.stringify(value) ?? "null"),
      type: "application/json",
    })),
  },
  { weight: 1, arbitrary: fc.constant({}) },
  { weight: 2, arbitrary: rawGarbage.map((text) => ({ body: Buffer.from(text), type: "application/json" })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          "text/plain",
          "text/csv",
          "application/x-www-form-urlencoded",
          "application/json; charset=utf-16",
          "image/png",
          "multipart/form-data",
        ),
        rawGarbage,
      )
      .map(([type, text]) => ({ body: Buffer.from(text), type })),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(
        fc.tuple(
          fc.constantFrom("file", "productId", "alt", "email", "password", "next", "__proto__"),
          hostileText.filter((text) => text.length < 2_000),
        ),
        { maxLength: 4 },
      )
      .map((fields) => multipart(fields)),
  },
);

describe("no 5xx for bad input", () => {
  it(`answers ${RUNS}+ generated hostile requests to every route, page and Server Action without a 5xx`, async () => {
    const server = store as StoreWithPayments;
    const origin = server.origin;
    const started = performance.now();

    // Real values, so part of the garbage reaches the code behind the checks.
    const scriptDb = db as PrismaClient;
    const [product, collection, article, variant] = await Promise.all([
      scriptDb.product.findFirstOrThrow({ where: { published: true } }),
      scriptDb.collection.findFirstOrThrow(),
      scriptDb.article.findFirstOrThrow({ where: { published: true } }),
      scriptDb.variant.findFirstOrThrow({ where: { stock: { gte: 5 } }, orderBy: { sku: "asc" } }),
    ]);
    const login = await fetch(`${origin}/api/admin/login`, {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify(OWNER),
    });
    expect(login.status).toBe(200);
    const ownerCookie = login.headers.getSetCookie()[0]?.split(";")[0] as string;
    const added = await fetch(`${origin}/api/cart/items`, {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify({ sku: variant.sku, quantity: 1 }),
    });
    expect(added.status).toBe(201);
    const cartCookie = added.headers.getSetCookie()[0]?.split(";")[0] as string;
    const real = [product.slug, collection.slug, article.slug, variant.sku, product.id, "fuzz"];

    const routes = appFiles("route.ts");
    const pages = appFiles("page.tsx");
    const actions = serverActions();
    expect(routes.length).toBeGreaterThan(15);
    expect(pages.length).toBeGreaterThan(25);
    expect(actions.length).toBeGreaterThan(15);

    /** A concrete path for a pattern: each [param] a hostile segment, [...rest] one or more. */
    const fill = (pattern: string) =>
      fc
        .array(pathSegment(real), { minLength: 3, maxLength: 3 })
        .map((segments) =>
          pattern
            .replace(/\[\.\.\.[^\]]+\]/, `${segments[0]}/${segments[1]}`)
            .replace(/\[[^\]]+\]/g, () => segments.pop() as string),
        );
    const cookieFor = (pattern: string, owner: boolean) => {
      // Never the owner's cookie to sign-out: the fuzz would end its own session.
      if (pattern.startsWith("/api/admin/logout")) return cartCookie;
      return owner ? `${ownerCookie}; ${cartCookie}` : cartCookie;
    };

    const routeRequest: fc.Arbitrary<FuzzRequest> = fc.constantFrom(...routes).chain((route) =>
      fc
        .record({
          method: fc.oneof(
            { weight: 5, arbitrary: fc.constantFrom(...(route.methods.length ? route.methods : ["GET"])) },
            { weight: 1, arbitrary: fc.constantFrom(...METHODS) },
          ),
          path: fill(route.pattern),
          query: fc.oneof(fc.constant(""), queryString),
          headers: headerSet(origin),
          body: routeBody,
          owner: fc.boolean(),
        })
        .map(({ method, path: filled, query, headers, body, owner }): FuzzRequest => ({
          kind: "route",
          name: route.pattern,
          method,
          path: filled + query,
          headers: {
            ...headers,
            cookie: headers.cookie ?? cookieFor(route.pattern, owner),
            ...(body.type && method !== "GET" && method !== "HEAD" ? { "content-type": body.type } : {}),
          },
          body: method === "GET" || method === "HEAD" ? undefined : body.body,
        })),
    );

    // Pages: mostly views, some posts of garbage (Next tries a multipart post as a form action).
    const pageRequest: fc.Arbitrary<FuzzRequest> = fc.constantFrom(...pages).chain((page) =>
      fc
        .record({
          path: fill(page.pattern),
          query: queryString,
          headers: headerSet(origin),
          owner: fc.boolean(),
          method: fc.constantFrom("GET", "GET", "GET", "HEAD", "POST"),
          body: routeBody,
        })
        .map(({ path: filled, query, headers, owner, method, body }): FuzzRequest => ({
          kind: "page",
          name: page.pattern,
          method,
          path: filled + query,
          headers: {
            ...headers,
            cookie: headers.cookie ?? cookieFor(page.pattern, owner),
            ...(method === "POST" && body.type ? { "content-type": body.type } : {}),
          },
          body: method === "POST" ? body.body : undefined,
        })),
    );

    const actionArguments = fc.array(hostileJson, { maxLength: 4 });
    const actionRequest: fc.Arbitrary<FuzzRequest> = fc.constantFrom(...actions).chain((action) =>
      fc
        .record({
          encoding: fc.constantFrom("reply", "reply", "reply", "form", "raw", "no-js-form"),
          args: actionArguments,
          fields: fc.array(
            fc.tuple(
              fc.constantFrom("sku", "quantity", "email", "__proto__", "x"),
              hostileText.filter((text) => text.length < 2_000),
            ),
            { maxLength: 3 },
          ),
          raw: fc.oneof(
            rawGarbage,
            fc.constantFrom('[["true","${7*7}"]]', '["$Q1"]', '["$@1"]', '[null,"$K1"]', '["$n12x"]', "5", '{"a":1}'),
            hostileJson.map((value) => JSON.stringify(value) ?? ""),
          ),
          headers: headerSet(origin),
          owner: fc.boolean(),
          // Any page runs any action; a signed-out post to an /admin page is redirected by proxy.ts first.
          page: fc.constantFrom(action.page, "/"),
        })
        .map(({ encoding, args, fields, raw, headers, owner, page }): FuzzRequest => {
          const base = { kind: "action" as const, name: action.name, method: "POST", path: page };
          const cookie = headers.cookie ?? cookieFor(page, owner);
          const actionHeaders = { ...headers, cookie, accept: "text/x-component", "next-action": action.id };
          if (encoding === "reply")
            return {
              ...base,
              headers: { ...actionHeaders, "content-type": "text/plain;charset=UTF-8" },
              body: Buffer.from(encodeReply(args)),
              wellEncoded: true,
            };
          if (encoding === "form") {
            const form = multipart([
              ["0", encodeReply([args[0] ?? null]).replace(/\]$/, ',"$K1"]')],
              ...fields.map(([key, value]): [string, string] => [`_1_${key}`, value]),
            ]);
            return {
              ...base,
              headers: { ...actionHeaders, "content-type": form.type },
              body: form.body,
              wellEncoded: true,
            };
          }
          if (encoding === "raw")
            return {
              ...base,
              headers: { ...actionHeaders, "content-type": "text/plain;charset=UTF-8" },
              body: Buffer.from(raw),
            };
          // A form post without JavaScript: no next-action header, the action named by a field, on its own page.
          const form = multipart([[`$ACTION_ID_${action.id}`, ""], ...fields]);
          return {
            ...base,
            path: action.page,
            headers: { ...headers, cookie: headers.cookie ?? cookieFor(action.page, owner), "content-type": form.type },
            body: form.body,
          };
        }),
    );

    // The Stripe webhook with unsigned garbage: always 400, never processed.
    const webhookRequest: fc.Arbitrary<FuzzRequest> = fc
      .record({
        body: fc.oneof(
          rawGarbage,
          hostileJson.map((value) => JSON.stringify(value) ?? ""),
        ),
        signature: fc.oneof(
          fc.constant(undefined),
          fc.constantFrom("t=1,v1=00", "garbage", "t=9999999999,v1=" + "a".repeat(64), ""),
          hostileText.filter((text) => text.length < 200).map(percentEncode),
        ),
      })
      .map(({ body, signature }) => ({
        kind: "route",
        name: "/api/stripe/webhook (unsigned)",
        method: "POST",
        path: "/api/stripe/webhook",
        headers: {
          "content-type": "application/json",
          ...(signature === undefined ? {} : { "stripe-signature": signature }),
        },
        body: Buffer.from(body),
      }));

    const requests = [
      ...fc.sample(routeRequest, { numRuns: Math.round(RUNS * 0.38), seed: SEED }),
      ...fc.sample(webhookRequest, { numRuns: Math.round(RUNS * 0.04), seed: SEED + 1 }),
      ...fc.sample(pageRequest, { numRuns: Math.round(RUNS * 0.25), seed: SEED + 2 }),
      ...fc.sample(actionRequest, { numRuns: Math.round(RUNS * 0.33), seed: SEED + 3 }),
    ];

    const outcomes: Outcome[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const request = requests[next++] as FuzzRequest;
          outcomes.push({ request, ...(await send(origin, request)) });
        }
      }),
    );

    // The summary: requests by status class and by kind, then every failure, reproducible.
    const classOf = (status: Outcome["status"]) =>
      typeof status === "number" ? `${Math.floor(status / 100)}xx` : status;
    const tally = (list: Outcome[]) =>
      list.reduce<Record<string, number>>(
        (counts, outcome) => ({ ...counts, [classOf(outcome.status)]: (counts[classOf(outcome.status)] ?? 0) + 1 }),
        {},
      );
    const serverFailures = outcomes.filter((outcome) => typeof outcome.status !== "number" || outcome.status >= 500);
    const errorRows = outcomes.filter(
      (outcome) =>
        outcome.request.wellEncoded && outcome.errorRow && typeof outcome.status === "number" && outcome.status < 500,
    );
    const webhook = outcomes.filter((outcome) => outcome.request.name === "/api/stripe/webhook (unsigned)");
    const describe = (outcome: Outcome) => {
      const { request } = outcome;
      const body = request.body ? request.body.toString("utf8").slice(0, 400) : "";
      return `${outcome.status} ${request.kind} ${request.name}\n  ${request.method} ${request.path.slice(0, 400)}\n  headers: ${JSON.stringify(request.headers).slice(0, 600)}\n  body: ${JSON.stringify(body)}\n  answer: ${JSON.stringify(outcome.body.slice(0, 200))}`;
    };
    // Errors the server logged (Next marks them ⨯): each is a bug even when the status was fine.
    const loggedErrors = server
      .errors()
      .split("\n")
      .filter((line) => line.includes("⨯"));
    const untried = [
      ...routes.map((route) => route.pattern),
      ...pages.map((page) => page.pattern),
      ...actions.map((action) => action.name),
    ].filter((name) => !outcomes.some((outcome) => outcome.request.name === name));
    process.stdout.write(
      [
        `fuzz-no-5xx: ${outcomes.length} requests in ${((performance.now() - started) / 1000).toFixed(1)} s (FUZZ_SEED=${SEED})`,
        `  by status: ${JSON.stringify(tally(outcomes))}`,
        ...(["route", "page", "action"] as const).map(
          (kind) => `  ${kind}s: ${JSON.stringify(tally(outcomes.filter((outcome) => outcome.request.kind === kind)))}`,
        ),
        `  targets: ${routes.length} route files, ${pages.length} pages, ${actions.length} Server Actions${untried.length ? `; not reached: ${untried.join(", ")}` : ""}`,
        ...serverFailures.map((outcome) => `5xx/no answer: ${describe(outcome)}`),
        ...errorRows.map((outcome) => `error row in a well-encoded action answer: ${describe(outcome)}`),
        ...loggedErrors.slice(0, 20).map((line) => `server logged: ${line.slice(0, 300)}`),
        "",
      ].join("\n"),
    );

    if (process.env.FUZZ_DUMP)
      fs.writeFileSync(
        process.env.FUZZ_DUMP,
        JSON.stringify(
          outcomes.map((outcome) => ({
            ...outcome,
            request: { ...outcome.request, body: outcome.request.body?.toString("utf8").slice(0, 2_000) },
          })),
          null,
          1,
        ),
      );
    expect(outcomes.length).toBeGreaterThanOrEqual(2_000);
    expect(untried).toEqual([]);
    expect(serverFailures.map(describe)).toEqual([]);
    expect(errorRows.map(describe)).toEqual([]);
    expect(webhook.filter((outcome) => outcome.status !== 400).map(describe)).toEqual([]);
  }, 180_000);
});

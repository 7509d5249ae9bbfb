/** @jest-environment-options {"template":"seeded"} */
import { BASE_ANSWERS, NO_SAFETY_FLAGS } from "../support/fit-answers";
import { startStoreServer, STORE_START_TIMEOUT_MS, type StoreServer } from "./support/store-server";

// The production server answers POST /api/fit/recommendations itself (scripts/serve.ts,
// decision 0010). This runs the same requests against it and against a server that leaves the
// route to Next (DIRECT_ROUTES=off), and expects the same statuses, bodies and headers.

let direct: StoreServer | undefined;
let viaNext: StoreServer | undefined;

beforeAll(async () => {
  [direct, viaNext] = await Promise.all([startStoreServer(), startStoreServer({ env: { DIRECT_ROUTES: "off" } })]);
}, STORE_START_TIMEOUT_MS);

afterAll(async () => {
  await Promise.allSettled([direct?.stop(), viaNext?.stop()]);
}, 60_000);

const PATH = "/api/fit/recommendations";
/** Headers both must send alike (date, length, encoding details and Next's Vary list may differ). */
const COMPARED_HEADERS = [
  "content-type",
  "content-security-policy",
  "x-content-type-options",
  "x-frame-options",
  "referrer-policy",
  "permissions-policy",
  "cross-origin-opener-policy",
  "strict-transport-security",
  "retry-after",
];

type Answer = { status: number; body: Record<string, unknown>; headers: Record<string, string | null> };

async function post(server: StoreServer | undefined, init: RequestInit & { path?: string }): Promise<Answer> {
  const response = await fetch((server as StoreServer).url(init.path ?? PATH), { method: "POST", ...init });
  const text = await response.text();
  const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  // Every submission gets its own result id.
  delete body.resultId;
  delete body.shareUrl;
  return {
    status: response.status,
    body,
    headers: Object.fromEntries(COMPARED_HEADERS.map((name) => [name, response.headers.get(name)])),
  };
}

async function bothAnswer(init: () => RequestInit & { path?: string }): Promise<Answer> {
  const [fromDirect, fromNext] = await Promise.all([post(direct, init()), post(viaNext, init())]);
  expect(fromDirect).toEqual(fromNext);
  return fromDirect;
}

const json = (body: unknown) => () => ({
  body: typeof body === "string" ? body : JSON.stringify(body),
  headers: { "content-type": "application/json" },
});

it("answers valid answers exactly as Next's route handler does, with the security headers", async () => {
  const answer = await bothAnswer(json(BASE_ANSWERS));
  expect(answer.status).toBe(200);
  expect(answer.body.status).toBe("ok");
  expect((answer.body.picks as unknown[]).length).toBeGreaterThan(0);
  expect(answer.headers).toMatchObject({
    "content-type": expect.stringMatching(/^application\/json/),
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'; sandbox",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
  });
});

it("gives the same field errors, bad-JSON error and safety stop", async () => {
  const missingSize = { ...BASE_ANSWERS, size: undefined };
  expect((await bothAnswer(json(missingSize))).status).toBe(400);
  const notJson = await bothAnswer(json("{not json"));
  expect(notJson).toMatchObject({ status: 400, body: { error: "invalid_json" } });
  const stop = await bothAnswer(json({ ...BASE_ANSWERS, safety: { ...NO_SAFETY_FLAGS, saddleNumbness: "yes" } }));
  expect(stop.body).toMatchObject({ status: "stop" });
  expect(stop.body).not.toHaveProperty("picks");
});

it("answers the path with a query string too, gzips for clients that accept it, and leaves other methods to Next", async () => {
  const withQuery = await bothAnswer(() => ({ ...json(BASE_ANSWERS)(), path: `${PATH}?source=home` }));
  expect(withQuery.status).toBe(200);
  const gzipped = await fetch((direct as StoreServer).url(PATH), {
    method: "POST",
    ...json(BASE_ANSWERS)(),
    headers: { "content-type": "application/json", "accept-encoding": "gzip" },
  });
  expect(gzipped.headers.get("content-encoding")).toBe("gzip");
  expect(((await gzipped.json()) as { status: string }).status).toBe("ok");
  const get = await fetch((direct as StoreServer).url(PATH));
  expect(get.status).toBe(405);
});

// Last: Next leaves the connection of a refused streamed body hanging until its keep-alive
// timeout, and undici would reuse it for the next request here.
it("refuses a body over 64 KB with 413, whether or not it says its length", async () => {
  const padded = JSON.stringify({ ...BASE_ANSWERS, padding: "x".repeat(70_000) });
  expect(await bothAnswer(json(padded))).toMatchObject({ status: 413, body: { error: "body_too_large" } });
  const streamed = () =>
    ({
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode("x".repeat(8_000)));
          controller.close();
        },
      }),
      duplex: "half",
      headers: { "content-type": "application/json" },
    }) as RequestInit;
  expect(await bothAnswer(streamed)).toMatchObject({ status: 413, body: { error: "body_too_large" } });
});

import type { PrismaClient } from "@/lib/generated/prisma/client";
import { handleApiError } from "@/lib/http/api-error";
import { isDatabaseUnavailable } from "@/lib/errors/is-database-unavailable";
import { findFreePort } from "@/scripts/lib/free-port";
import { createScriptClient } from "@/scripts/lib/prisma-client";
import { expectWarning } from "../../support/expect-warning";

// Reliability case 26 (docs/reliability-cases.md), in the small: the errors Prisma (through
// @prisma/adapter-pg) really throws when PostgreSQL can't be reached are recognised as
// "unavailable" and answered 503 with Retry-After and a JSON message, for model queries, raw
// queries and transactions alike. Raw queries used to slip through (P2010 carries the cause in
// meta.driverAdapterError) and got 500.

let unreachable: PrismaClient;
let reachable: PrismaClient;

beforeAll(async () => {
  // Nothing listens on a port just handed out as free: connecting is refused at once.
  unreachable = createScriptClient(`postgresql://postgres:postgres@127.0.0.1:${await findFreePort()}/none`);
  reachable = createScriptClient(process.env.DATABASE_URL);
});

afterAll(async () => {
  await Promise.all([unreachable.$disconnect(), reachable.$disconnect()]);
});

async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the query to fail");
}

describe.each([
  ["a model query", () => unreachable.variant.count()],
  ["a raw query", () => unreachable.$queryRawUnsafe(`SELECT "version" FROM "CatalogState" WHERE "id" = 1`)],
  ["a tagged raw query", () => unreachable.$queryRaw`SELECT 1`],
  ["an interactive transaction", () => unreachable.$transaction(async (tx) => tx.variant.count())],
])("with the database unreachable, %s", (_name, work) => {
  it("is recognised and answered 503 with Retry-After and a JSON message", async () => {
    const error = await failureOf(work);
    expect(isDatabaseUnavailable(error)).toBe(true);
    // One line for the operator, naming the cause, instead of a 500 and a stack per request.
    const logged = expectWarning(/^Database unavailable; answered 503 \(.*(reach|ECONNREFUSED|P1001).*\)\.$/);
    const response = handleApiError(error);
    expect(logged).toHaveLength(1);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await response.json()).toEqual({
      error: "service_unavailable",
      fields: { _: expect.stringContaining("try again") },
    });
  });
});

it("recognises PostgreSQL shutting down mid-query (57P03 inside a raw-query error)", () => {
  // The shape logged by `next start` while PostgreSQL was stopping (see database-outage.e2e.test.ts).
  const driverAdapterError = Object.assign(new Error("the database system is shutting down"), {
    name: "DriverAdapterError",
    cause: { kind: "postgres", code: "57P03", severity: "FATAL", message: "the database system is shutting down" },
  });
  const error = Object.assign(new Error("Invalid `prisma.$queryRawUnsafe()` invocation:\n\nRaw query failed."), {
    code: "P2010",
    meta: { driverAdapterError },
  });
  expect(isDatabaseUnavailable(error)).toBe(true);
});

it("recognises a pooled connection that broke while PostgreSQL stopped (node-postgres' own message)", () => {
  // Thrown by pg for a query on a client whose socket already failed; seen in a CI run of
  // database-outage.e2e.test.ts, where it surfaced as a 500 "Unhandled API error".
  expect(isDatabaseUnavailable(new Error("Client has encountered a connection error and is not queryable"))).toBe(true);
});

it("does not mistake other database errors for an outage", async () => {
  const badSql = await failureOf(() => reachable.$queryRawUnsafe(`SELECT * FROM "NoSuchTable"`));
  const badCast = await failureOf(() => reachable.$queryRawUnsafe(`SELECT 'x'::int`));
  for (const error of [
    badSql,
    badCast,
    new Error("boom"),
    { code: "P2002" },
    null,
    undefined,
    "ECONNREFUSED as a plain string",
  ]) {
    expect(isDatabaseUnavailable(error)).toBe(false);
  }
});

it("stops on a cause cycle", () => {
  const a: { message: string; cause?: unknown } = { message: "a" };
  a.cause = { message: "b", cause: a };
  expect(isDatabaseUnavailable(a)).toBe(false);
});

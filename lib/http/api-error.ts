import { NextResponse } from "next/server";
import "@/lib/validation/browser-zod-config";
import { ZodError } from "zod";
import { noteDatabaseUnavailable } from "./database-outage";

// One error shape for every JSON route: {error, fields?}. Client mistakes are 4xx with a reason;
// anything unexpected is logged here and answered with a generic message.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly fields?: Record<string, string>,
  ) {
    super(code);
  }
}

/** A JSON answer before it becomes a response: Next's (toNextResponse) or the Node server's. */
export type JsonReply = { status: number; body: unknown; headers?: Record<string, string> };

export function toNextResponse(reply: JsonReply) {
  return NextResponse.json(reply.body, { status: reply.status, headers: reply.headers });
}

function errorReply(status: number, error: string, fields?: Record<string, string>): JsonReply {
  return { status, body: fields ? { error, fields } : { error } };
}

export function jsonError(status: number, error: string, fields?: Record<string, string>) {
  return toNextResponse(errorReply(status, error, fields));
}

/** Zod issues as {"size.value": "message"}; the first message per path wins. */
export function fieldErrors(error: ZodError): Record<string, string> {
  // Collected in a Map, so a field named "constructor" or "__proto__" gets its message like any
  // other. Object.fromEntries then defines each key as an own property (never the prototype
  // setter) on a plain object: React can send that from a Server Action, unlike a null prototype.
  const fields = new Map<string, string>();
  for (const issue of error.issues) {
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of paths) {
      const key = path.length > 0 ? path.map(String).join(".") : "_";
      if (!fields.has(key)) fields.set(key, issue.code === "unrecognized_keys" ? "Unknown field" : issue.message);
    }
  }
  return Object.fromEntries(fields);
}

// "The database can't be used right now" (worth a 503 and a retry, not a 500): Node socket errors;
// PostgreSQL's connection exceptions (class 08), shutdown/startup states (57P01-57P03) and too many
// connections (53300); Prisma's can't reach (P1001), timed out (P1002), connection closed (P1017),
// pool timeout (P2024) and transaction could not start or was cut off (P2028).
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  "P2028",
]);
// Raw queries ($queryRaw) fail with P2010 whatever the cause; what happened is in
// meta.driverAdapterError.cause, as @prisma/adapter-pg's kind (or the PostgreSQL code).
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_MESSAGE =
  /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|timeout exceeded when trying to connect|Can't reach database server|the database system is (shutting down|starting up|in recovery mode)|terminating connection due to administrator command|Client (has encountered a connection error|was closed) and is not queryable/i;

export const DATABASE_UNAVAILABLE_MESSAGE =
  "The store can't reach its database right now. Please try again in a moment.";

/** True for errors that mean "the database is unreachable right now" (worth a 503 and a retry). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const queue: unknown[] = [error];
  const seen = new Set<unknown>();
  // Breadth-first through causes and Prisma's driver adapter error; bounded, so a cycle can't loop.
  while (queue.length > 0 && seen.size < 20) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const { code, originalCode, kind, message, cause, meta } = current as Record<string, unknown>;
    if ([code, originalCode].some((value) => typeof value === "string" && UNAVAILABLE_CODES.has(value))) return true;
    if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGE.test(message)) return true;
    queue.push(cause, (meta as { driverAdapterError?: unknown } | null | undefined)?.driverAdapterError);
  }
  return false;
}

export function handleApiError(error: unknown) {
  return toNextResponse(apiErrorReply(error));
}

/** What a JSON route answers for a thrown error (logged here when it is unexpected). */
export function apiErrorReply(error: unknown): JsonReply {
  if (error instanceof ApiError) return errorReply(error.status, error.code, error.fields);
  if (error instanceof ZodError) return errorReply(400, "invalid_input", fieldErrors(error));
  const code = (error as { code?: unknown })?.code;
  if (code === "P2025") return errorReply(404, "not_found");
  if (code === "P2002") return errorReply(409, "conflict");
  if (isDatabaseUnavailable(error)) {
    noteDatabaseUnavailable();
    // Expected while the database restarts or fails over: one line per request, not a stack.
    console.warn(`Database unavailable; answered 503 (${summarize(error)}).`);
    return {
      status: 503,
      body: { error: "service_unavailable", fields: { _: DATABASE_UNAVAILABLE_MESSAGE } },
      headers: { "Retry-After": "5" },
    };
  }
  console.error("Unhandled API error", error);
  return errorReply(500, "internal_error");
}

/** The error's code and the last line of its message (Prisma puts the cause there). */
function summarize(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const last = typeof message === "string" ? message.trim().split("\n").pop()?.trim() : undefined;
  return [typeof code === "string" ? code : null, last?.slice(0, 200)].filter(Boolean).join(": ") || "no details";
}

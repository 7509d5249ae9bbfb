import { NextResponse } from "next/server";
import { describeError } from "@/lib/errors/describe-error";
import { noteDatabaseUnavailable, OUTAGE_RETRY_AFTER_S } from "./database-outage";

// The JSON adapter of the store's errors (decision 0015): every route answers {error, fields?}.
// describeError() classifies what was thrown; client mistakes are 4xx with a reason, a database
// outage a 503 with Retry-After, and anything unexpected is logged there and answered generically.

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

export function handleApiError(error: unknown) {
  return toNextResponse(apiErrorReply(error));
}

/** What a JSON route answers for a thrown error (logged by describeError when it is unexpected). */
export function apiErrorReply(error: unknown): JsonReply {
  const described = describeError(error, "Unhandled API error");
  if (described.kind !== "unavailable") return errorReply(described.status, described.code, described.fields);
  // Pages are answered 503 for a few seconds too (proxy.ts), without each one trying the database.
  noteDatabaseUnavailable();
  return {
    ...errorReply(503, described.code, described.fields),
    headers: { "Retry-After": String(OUTAGE_RETRY_AFTER_S) },
  };
}

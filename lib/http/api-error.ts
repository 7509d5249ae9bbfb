import { NextResponse } from "next/server";
import { ZodError } from "zod";

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

export function jsonError(status: number, error: string, fields?: Record<string, string>) {
  return NextResponse.json(fields ? { error, fields } : { error }, { status });
}

/** Zod issues as {"size.value": "message"}; the first message per path wins. */
export function fieldErrors(error: ZodError): Record<string, string> {
  // No prototype, so a field named "constructor" or "__proto__" gets its message like any other.
  const fields: Record<string, string> = Object.create(null);
  for (const issue of error.issues) {
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of paths) {
      const key = path.length > 0 ? path.map(String).join(".") : "_";
      fields[key] ??= issue.code === "unrecognized_keys" ? "Unknown field" : issue.message;
    }
  }
  return fields;
}

const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P03", "53300", "P1001", "P1017"]);

/** True for errors that mean "the database is unreachable right now" (worth a 503 and a retry). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    const message = (current as { message?: unknown }).message;
    if (typeof message === "string" && /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|timeout exceeded when trying to connect/i.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export function handleApiError(error: unknown) {
  if (error instanceof ApiError) return jsonError(error.status, error.code, error.fields);
  if (error instanceof ZodError) return jsonError(400, "invalid_input", fieldErrors(error));
  const code = (error as { code?: unknown })?.code;
  if (code === "P2025") return jsonError(404, "not_found");
  if (code === "P2002") return jsonError(409, "conflict");
  if (isDatabaseUnavailable(error)) {
    return NextResponse.json({ error: "service_unavailable" }, { status: 503, headers: { "Retry-After": "5" } });
  }
  console.error("Unhandled API error", error);
  return jsonError(500, "internal_error");
}

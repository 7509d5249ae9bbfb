import { getDb } from "@/lib/db";
import type { FitEventKind } from "@/lib/quiz/count-fit-event";

// Shared by the fit API tests: a way to call a route handler the way Next does, and reads of the
// anonymous daily counters. The answers they send are in tests/support/fit-answers.ts.

const URL_RECOMMENDATIONS = "http://localhost/api/fit/recommendations";

type Handler = (request: Request) => Promise<Response>;

/** A JSON POST as the browser sends it; a string body is sent as is, anything else as JSON. */
export function jsonRequest(url: string, body: unknown, headers: Record<string, string> = {}): Request {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return new Request(url, { method: "POST", body: text, headers: { "content-type": "application/json", ...headers } });
}

export function recommendationsRequest(body: unknown, headers?: Record<string, string>): Request {
  return jsonRequest(URL_RECOMMENDATIONS, body, headers);
}

/** A body streamed in chunks, so the request has no Content-Length at all. */
export function streamedRequest(url: string, chunks: string[]): Request {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Request(url, {
    method: "POST",
    body: stream,
    headers: { "content-type": "application/json" },
    duplex: "half",
  } as RequestInit);
}

export type Reply = { status: number; body: Record<string, unknown> };

export async function call(handler: Handler, request: Request): Promise<Reply> {
  const response = await handler(request);
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

export async function dailyCount(kind: FitEventKind): Promise<number> {
  const rows = await getDb().$queryRaw<{ count: number }[]>`
    SELECT "count" FROM "FitDailyCount" WHERE "day" = CURRENT_DATE AND "kind" = ${kind}`;
  return rows[0]?.count ?? 0;
}

export async function dailyCounts(): Promise<Record<FitEventKind, number>> {
  const [completed, stopEmergency, stopUrgent] = await Promise.all([
    dailyCount("completed"),
    dailyCount("stop_emergency"),
    dailyCount("stop_urgent"),
  ]);
  return { completed, stop_emergency: stopEmergency, stop_urgent: stopUrgent };
}

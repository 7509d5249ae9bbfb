// One HTTP request, timed, that never throws: a refused connection or a request still unanswered
// after `timeoutMs` is an outcome to assert on (status "network_error" / "timeout"), not a crash.

export type Probe = {
  name: string;
  startedAt: number;
  ms: number;
  status: number | "timeout" | "network_error";
  contentType: string;
  retryAfter: string | null;
  /** The first 300 characters of the body. */
  body: string;
};

export type ProbeRequest = { name: string; path: string; init?: RequestInit };

export async function probe(origin: string, { name, path, init }: ProbeRequest, timeoutMs = 15_000): Promise<Probe> {
  const startedAt = Date.now();
  const started = performance.now();
  const done = (fields: Pick<Probe, "status"> & Partial<Probe>): Probe => ({
    name,
    startedAt,
    ms: performance.now() - started,
    contentType: "",
    retryAfter: null,
    body: "",
    ...fields,
  });
  try {
    const response = await fetch(new URL(path, origin), {
      redirect: "manual",
      ...init,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await response.text();
    return done({
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      retryAfter: response.headers.get("retry-after"),
      body: body.slice(0, 300),
    });
  } catch (error) {
    const name = (error as { name?: string }).name;
    return done({
      status: name === "TimeoutError" || name === "AbortError" ? "timeout" : "network_error",
      body: String(error).slice(0, 300),
    });
  }
}

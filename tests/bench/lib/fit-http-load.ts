import { runRecorded } from "./load-route";

// Several autocannon runs at once against one server, so each route's numbers come from the
// same seconds of the same (shared, noisy) machine.

export type LoadSpec = {
  name: string;
  url: string;
  connections: number;
  method?: "GET" | "POST";
  body?: string;
  headers?: Record<string, string>;
};
export type LoadResult = {
  name: string;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  total: number;
  non2xx: number;
  errors: number;
};

async function runOne(spec: LoadSpec, durationSeconds: number): Promise<LoadResult> {
  const load = await runRecorded({
    url: spec.url,
    connections: spec.connections,
    duration: durationSeconds,
    method: spec.method ?? "GET",
    body: spec.body,
    headers: spec.headers,
  });
  return { name: spec.name, connections: spec.connections, ...load };
}

export function loadTogether(specs: LoadSpec[], durationSeconds: number): Promise<LoadResult[]> {
  return Promise.all(specs.map((spec) => runOne(spec, durationSeconds)));
}

/**
 * The path with a query string, values encoded by URLSearchParams (as a form would). Without any
 * parameters the path comes back bare, not with a trailing "?". The type keeps the path, so a
 * typed Link or redirect() still checks it.
 */
export function withQuery<P extends string>(path: P, query: Record<string, string>): P | `${P}?${string}` {
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

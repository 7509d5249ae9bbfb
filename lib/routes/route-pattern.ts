// A route as app/ spells it: "/shoes/[slug]" is app/shoes/[slug]/page.tsx. Links fill a pattern
// in; the page cache matches request paths against patterns. Both read the same string, so a
// page's path is written down once (lib/routes/storefront.ts, lib/routes/admin.ts).

/** The values a pattern needs, one per [name] segment: `{ slug: string }` for "/shoes/[slug]". */
export type PatternParams<P extends string> = P extends `${string}[${infer Name}]${infer Rest}`
  ? Record<Name, string> & PatternParams<Rest>
  : Record<never, never>;

/** The paths a pattern stands for, as a type: `/shoes/${string}` for "/shoes/[slug]". */
export type FilledPattern<P extends string> = P extends `${infer Head}[${string}]${infer Rest}`
  ? `${Head}${string}${FilledPattern<Rest>}`
  : P;

const PARAM = /\[([^\]/]+)\]/g;

/**
 * The path with each [name] replaced by its value, percent-encoded as one segment: a slash, "?"
 * or "#" in a value stays inside its segment instead of changing the path or starting a query.
 */
export function fillPattern<P extends string>(pattern: P, params: PatternParams<P>): FilledPattern<P> {
  const values = params as Record<string, string>;
  return pattern.replace(PARAM, (_, name: string) => encodeURIComponent(values[name] ?? "")) as FilledPattern<P>;
}

/**
 * Whether a request path (no query) is exactly one of these patterns' pages. A [name] matches
 * one non-empty segment, so "/shoes/" and "/shoes/a/b" aren't "/shoes/[slug]".
 */
export function patternMatcher(patterns: readonly string[]): (pathname: string) => boolean {
  const alternatives = patterns.map((pattern) =>
    pattern
      .split(PARAM)
      // split() with a capture group puts the param names at odd indexes.
      .map((part, index) => (index % 2 === 1 ? "[^/]+" : escapeRegExp(part)))
      .join(""),
  );
  const regExp = new RegExp(`^(?:${alternatives.join("|")})$`);
  return (pathname) => regExp.test(pathname);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

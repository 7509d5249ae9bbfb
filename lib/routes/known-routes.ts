import type { Route } from "next";
import type { FilledPattern } from "./route-pattern";

// With typedRoutes (next.config.js), `next typegen` writes the app's routes into <distDir>/types
// and narrows `Route` from next to them; without those types it is any string. So once the types
// are generated (`npm run typecheck` does it first), a pattern for a page that isn't under app/
// fails to compile, at the one place the pattern is written.

/** P itself when the paths it stands for are routes Next knows, otherwise a type P can't meet that says why. */
type KnownPattern<P extends string> =
  FilledPattern<P> extends Route<FilledPattern<P>> ? P : `${P} is not a route under app/`;

/**
 * The table as given, with every pattern's literal type kept. A pattern Next doesn't know is a
 * type error on its line ("... is not a route under app/"): the folder was renamed or misspelt.
 */
export function knownRoutes<const T extends Record<string, string>>(table: { [K in keyof T]: KnownPattern<T[K]> }): T {
  return table as T;
}

// One value per process under a name: a connection pool, an API client, a cache. Kept on
// globalThis, not in a module variable, because a module can be evaluated more than once in one
// process: Next bundles the proxy, each route and instrumentation separately (each with its own
// copy of this module and its callers), the custom server (scripts/serve.ts) loads lib/ outside
// those bundles, and the dev server re-evaluates changed modules. A module variable would make a
// second pool or cache per copy; globalThis is the one thing they all share.

export type RememberOptions<T> = {
  /**
   * Called with the held value on every call; true replaces it with a fresh one from the factory
   * (the settings it was made from changed, or it can no longer be used).
   */
  isStale?: (held: T) => boolean;
};

// One registry under a Symbol.for key: the same in every copy of this module, and clear of any
// other global names.
const REGISTRY = Symbol.for("steady-stride.remembered");
const holder = globalThis as unknown as { [REGISTRY]?: Map<string, unknown> };

/**
 * The value remembered under `name`, made by `factory` on first use (or when `isStale` says so).
 * A name belongs to one module, which alone decides its type.
 */
export function remember<T>(name: string, factory: () => T, options: RememberOptions<T> = {}): T {
  const registry = (holder[REGISTRY] ??= new Map());
  if (registry.has(name)) {
    const held = registry.get(name) as T;
    if (!options.isStale?.(held)) return held;
  }
  const fresh = factory();
  registry.set(name, fresh);
  return fresh;
}

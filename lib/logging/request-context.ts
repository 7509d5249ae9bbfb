import { AsyncLocalStorage } from "node:async_hooks";

// The request a piece of work belongs to, for the log lines it writes (decision 0018). The
// production server runs each request inside `runWithRequest`, so a console.warn from lib code,
// even deep in a Next route handler, is logged with that request's id. Kept on globalThis under a
// Symbol.for key, so every copy of this module (Next bundles its own) shares one store.

export type RequestContext = { requestId: string };

const KEY = Symbol.for("steady-stride.request-context");
const holder = globalThis as unknown as { [KEY]?: AsyncLocalStorage<RequestContext> };
const storage = (holder[KEY] ??= new AsyncLocalStorage<RequestContext>());

export function runWithRequest<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

/** The id of the request being handled here, or undefined outside one (startup, jobs). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

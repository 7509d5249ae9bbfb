// Stand-ins for next/headers and next/cache, so pages and Server Actions can be called directly
// in tests with the cookie and headers a real request would carry. Importing this module installs
// both mocks, so import it before anything that loads next/headers or next/cache (first in the
// file): a module loaded earlier keeps the real ones.

type Current = { headers: Headers; cookies: Map<string, string> };

const holder = globalThis as unknown as { mockedRequest?: Current };

function current(): Current {
  holder.mockedRequest ??= { headers: new Headers({ host: "localhost" }), cookies: new Map() };
  return holder.mockedRequest;
}

const nextHeaders = {
  headers: async () => current().headers,
  cookies: async () => ({
    get: (name: string) => {
      const value = current().cookies.get(name);
      return value === undefined ? undefined : { name, value };
    },
    // Server Actions may set a cookie (the cart's); later calls in the same test see it.
    set: (name: string, value: string) => void current().cookies.set(name, value),
  }),
};

jest.mock("next/headers", () => nextHeaders);
// Outside a request Next's revalidation has nothing to act on; tests assert on the calls instead.
jest.mock("next/cache", () => ({ refresh: jest.fn(), revalidatePath: jest.fn() }));

/** Sets the request every later headers()/cookies() call sees. `cookie` is "name=value". */
export function mockRequest(options: { cookie?: string; headers?: Record<string, string> } = {}): void {
  const cookies = new Map<string, string>();
  if (options.cookie) {
    const at = options.cookie.indexOf("=");
    cookies.set(options.cookie.slice(0, at), options.cookie.slice(at + 1));
  }
  holder.mockedRequest = { headers: new Headers({ host: "localhost", ...options.headers }), cookies };
}

/** The target of a redirect() thrown by Next, or null for any other error. */
function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown })?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT")) return null;
  return digest.split(";")[2] ?? null;
}

/** Runs `work` and returns where it redirected (fails the test if it didn't). */
export async function expectRedirect(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    const target = redirectTarget(error);
    if (target !== null) return target;
    throw error;
  }
  throw new Error("expected a redirect, but the call completed");
}

/** The headers a browser sends with a Server Action from one of the store's own pages. */
export const SAME_ORIGIN_HEADERS = { origin: "http://localhost", "sec-fetch-site": "same-origin" };

/** A form submission, as a Server Action receives it. */
export function formData(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
}

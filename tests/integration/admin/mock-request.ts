// Stand-in for next/headers, so admin pages and Server Actions can be called directly in tests
// with the cookie and headers a real request would carry. Use with:
//   jest.mock("next/headers", () => jest.requireActual("./mock-request").nextHeadersMock);

type Current = { headers: Headers; cookies: Map<string, string> };

const holder = globalThis as unknown as { adminMockRequest?: Current };

function current(): Current {
  holder.adminMockRequest ??= { headers: new Headers({ host: "localhost" }), cookies: new Map() };
  return holder.adminMockRequest;
}

/** Sets the request every later headers()/cookies() call sees. `cookie` is "name=value". */
export function mockRequest(options: { cookie?: string; headers?: Record<string, string> } = {}): void {
  const cookies = new Map<string, string>();
  if (options.cookie) {
    const at = options.cookie.indexOf("=");
    cookies.set(options.cookie.slice(0, at), options.cookie.slice(at + 1));
  }
  holder.adminMockRequest = { headers: new Headers({ host: "localhost", ...options.headers }), cookies };
}

export const nextHeadersMock = {
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

/** The target of a redirect() thrown by Next, or null for any other error. */
export function redirectTarget(error: unknown): string | null {
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

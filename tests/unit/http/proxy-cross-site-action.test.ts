import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { expectWarning } from "../../support/expect-warning";

// Review F8: Next answers a Server Action from another origin with a 500 (a malformed Origin
// with an uncaught TypeError). proxy.ts refuses them with a 403 first, by the one same-origin
// rule, and wherever Next's own host check would fail.

const ACTION = {
  "next-action": "60c43ef42f698fbcb7b572af1bfddd4da26305def0",
  "content-type": "text/plain;charset=UTF-8",
};

function post(headers: Record<string, string>, path = "/shoes") {
  return proxy(
    new NextRequest(`http://shop.example${path}`, {
      method: "POST",
      headers: { host: "shop.example", ...headers },
      body: '["SKU",1]',
    }),
  );
}

describe("proxy.ts and cross-site Server Actions", () => {
  it("answers 403 for a foreign, null or malformed Origin, cross-site Fetch Metadata, or an Origin Next would refuse", () => {
    const refused = expectWarning(/^Refused cross-site Server Action POST \/shoes: /);
    const hostile: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { origin: "not a url" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site", origin: "http://shop.example" },
      { origin: "https://evil.example", "x-forwarded-host": "evil.example" },
      // Our own origin, but Next compares it with X-Forwarded-Host and would answer 500.
      { origin: "http://shop.example", "x-forwarded-host": "evil.example" },
    ];
    for (const headers of hostile) {
      for (const shape of [ACTION, { "content-type": "multipart/form-data; boundary=x" }]) {
        const response = post({ ...shape, ...headers });
        expect([headers, response.status]).toEqual([headers, 403]);
      }
    }
    expect(refused).toHaveLength(hostile.length * 2);
  });

  it("lets same-origin actions, requests without Origin and everything that isn't an action through", () => {
    expect(post({ ...ACTION, origin: "http://shop.example", "sec-fetch-site": "same-origin" }).status).toBe(200);
    expect(post(ACTION).status).toBe(200);
    expect(post({ origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }).status).toBe(
      200,
    );
    expect(
      proxy(
        new NextRequest("http://shop.example/shoes", {
          headers: { origin: "https://evil.example", "next-action": "x" },
        }),
      ).status,
    ).toBe(200);
    // Nothing was logged as refused either: any console.warn fails the test (tests/support/fail-on-console-output.ts).
  });
});

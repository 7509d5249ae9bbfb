/** @jest-environment-options {"template":"seeded"} */
import { NextRequest } from "next/server";
import { getStripe } from "@/lib/stripe/client";
import { useStripeHarness } from "../stripe/harness";
import { cartWith, pickVariants } from "../stripe/shop";
import { createStaff, PASSWORD } from "../admin/support";

// Redirects keep the shopper on the host name they are using: Stripe is sent back to the origin
// the checkout came from (one of the store's own), and the staff sign-in and sign-out forms
// redirect with relative Locations. SITE_URL (the harness: http://localhost:3000) still names the store
// for requests that don't say where they came from.

useStripeHarness();

async function startCheckoutFrom(origin: string | null) {
  const [variant] = await pickVariants(1);
  const cookie = await cartWith([{ sku: variant!.sku, quantity: 1 }]);
  const host = origin ? new URL(origin).host : "localhost:3000";
  const { POST } = await import("@/app/api/checkout/route");
  const response = await POST(
    new NextRequest(`http://${host}/api/checkout`, {
      method: "POST",
      headers: { cookie: `cart_id=${cookie}`, host, ...(origin ? { origin } : {}) },
    }),
  );
  expect(response.status).toBe(201);
  const { sessionId } = (await response.json()) as { sessionId: string };
  return getStripe().checkout.sessions.retrieve(sessionId);
}

it("sends Stripe back to the host name the shopper used, when it is the store's own", async () => {
  const session = await startCheckoutFrom("http://127.0.0.1:3000");
  expect(session.success_url).toBe("http://127.0.0.1:3000/checkout/success?session_id={CHECKOUT_SESSION_ID}");
  expect(session.cancel_url).toBe("http://127.0.0.1:3000/checkout/cancel");
});

it("checking out the same cart again from another of the store's origins reopens its session, not a 503", async () => {
  const [variant] = await pickVariants(1);
  const cookie = await cartWith([{ sku: variant!.sku, quantity: 1 }]);
  const { POST } = await import("@/app/api/checkout/route");
  const from = (origin: string) => {
    const host = new URL(origin).host;
    return POST(
      new NextRequest(`http://${host}/api/checkout`, {
        method: "POST",
        headers: { cookie: `cart_id=${cookie}`, host, origin },
      }),
    );
  };
  const first = await from("http://localhost:3000");
  expect(first.status).toBe(201);
  // Same key, another success_url: Stripe refuses the create as an idempotency error.
  const second = await from("http://127.0.0.1:3000");
  expect(second.status).toBe(201);
  const [a, b] = [(await first.json()) as { sessionId: string }, (await second.json()) as { sessionId: string }];
  expect(b.sessionId).toBe(a.sessionId);
});

it("falls back to SITE_URL for a request that names no origin", async () => {
  const session = await startCheckoutFrom(null);
  expect(session.success_url).toMatch(/^http:\/\/localhost:3000\/checkout\/success\?/);
});

it("signs staff in and out with relative redirects", async () => {
  await createStaff("relative@example.com");
  const { POST: login } = await import("@/app/api/admin/login/route");
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const headers = {
    "content-type": "application/x-www-form-urlencoded",
    host: "127.0.0.1:3000",
    origin: "http://127.0.0.1:3000",
  };
  const signedIn = await login(
    new NextRequest("http://127.0.0.1:3000/api/admin/login", {
      method: "POST",
      headers,
      body: form({ email: "relative@example.com", password: PASSWORD, next: "/admin/orders" }),
    }),
  );
  expect(signedIn.status).toBe(303);
  expect(signedIn.headers.get("location")).toBe("/admin/orders");

  const { POST: logout } = await import("@/app/api/admin/logout/route");
  const signedOut = await logout(
    new NextRequest("http://127.0.0.1:3000/api/admin/logout", { method: "POST", headers, body: "" }),
  );
  expect(signedOut.status).toBe(303);
  expect(signedOut.headers.get("location")).toBe("/admin/login?signedOut=1");
});

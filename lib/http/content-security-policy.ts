// The site's Content-Security-Policy, built per request by proxy.ts with a fresh nonce.
//
// Scripts: only ones carrying the nonce ('strict-dynamic' lets those load Next's chunks). Next
// reads the nonce from this header while rendering and puts it on its own scripts, which is why
// every page renders dynamically (see app/layout.tsx). JSON-LD blocks are data, not script, so
// CSP doesn't touch them. Styles allow inline because React `style={...}` attributes can't carry
// a nonce; style injection can't run code. See docs/decisions/*-staff-auth.md.

export function buildContentSecurityPolicy(options: { nonce: string; dev: boolean; https: boolean }): string {
  const { nonce, dev, https } = options;
  const directives = [
    "default-src 'self'",
    // 'unsafe-eval' only in development: React uses eval there to rebuild server error stacks.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // Checkout may post a form that redirects to Stripe's hosted page.
    "form-action 'self' https://checkout.stripe.com",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** For JSON and file responses: nothing may load, and nothing may frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** 128 random bits, base64: a new one for every request. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

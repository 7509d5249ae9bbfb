// The environment that points the app's real Stripe client at a stand-in on this machine
// (lib/env.ts and lib/stripe read it). One place, so npm start, the benchmarks and the tests
// can't drift apart on what "use the stand-in" means.

export function standInAppEnv({
  port,
  webhookSecret,
}: {
  port: number;
  webhookSecret: string;
}): Record<string, string> {
  return {
    STRIPE_API_HOST: "127.0.0.1",
    STRIPE_API_PORT: String(port),
    STRIPE_API_PROTOCOL: "http",
    STRIPE_WEBHOOK_SECRET: webhookSecret,
    PAYMENTS_TEST_MODE: "1",
  };
}

// `node --import tsx scripts/stripe-stand-in/main.ts`: the local Stripe stand-in as its own process.
// scripts/start.ts runs it when STRIPE_SECRET_KEY is unset. Prints "STRIPE_STAND_IN_READY <port>"
// once it listens, so the parent knows where to point the app.
import path from "node:path";
import { stopWithParent } from "../lib/stop-with-parent";
import { startStripeStandIn } from "./server";
import { STAND_IN_SECRET_KEY } from "../../lib/stripe/stand-in-key";

async function main() {
  const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET;
  if (!webhookSecret)
    throw new Error("STRIPE_WEBHOOK_SECRET must be set (the app verifies the stand-in's webhooks with it).");
  const standIn = await startStripeStandIn({
    port: Number(process.env.STRIPE_STAND_IN_PORT ?? 0),
    apiKey: STAND_IN_SECRET_KEY,
    webhookSecret,
    webhookUrl: process.env.STRIPE_STAND_IN_WEBHOOK_URL ?? null,
    publicUrl: process.env.STRIPE_STAND_IN_PUBLIC_URL,
    // The test rate Stripe Tax applies here, in basis points (2000 = 20 %): 0 unless set.
    taxRateBps: Number(process.env.STRIPE_STAND_IN_TAX_RATE_BPS ?? 0) || 0,
    dataFile: path.join(process.cwd(), ".data", "stripe-stand-in.json"),
  });
  console.log(`STRIPE_STAND_IN_READY ${standIn.port}`);
  // Started by scripts/start.ts: if that parent goes away, so do we.
  stopWithParent(() => void standIn.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(`Stripe stand-in failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

// Used by scripts/start.ts when STRIPE_SECRET_KEY is unset: runs the Stripe stand-in as its own
// process on a free 127.0.0.1 port and returns the environment that points the app at it.
import crypto from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { standInAppEnv } from "./app-env";

export type LaunchedStandIn = { child: ChildProcess; url: string; env: Record<string, string> };

export async function launchStripeStandIn({ appOrigin }: { appOrigin: string }): Promise<LaunchedStandIn> {
  // Random per start: the webhook secret is what proves a payment event came from the stand-in.
  const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? `whsec_${crypto.randomBytes(24).toString("hex")}`;
  const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "main.ts")], {
    env: {
      ...process.env,
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_STAND_IN_WEBHOOK_URL: `${appOrigin}/api/stripe/webhook`,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /STRIPE_STAND_IN_READY (\d+)/.exec(output);
      if (ready) {
        child.stdout?.off("data", onData);
        // Keep showing what it logs (webhook retries, give-ups) after startup.
        child.stdout?.on("data", (more: Buffer) => process.stdout.write(more));
        resolve(Number(ready[1]));
      }
    };
    child.stdout?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`The Stripe stand-in exited during startup (code ${code}).`)));
    child.once("error", reject);
  });
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    env: standInAppEnv({ port, webhookSecret }),
  };
}

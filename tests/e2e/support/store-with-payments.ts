import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../../../scripts/lib/free-port";
import { standInAppEnv } from "../../../scripts/stripe-stand-in/app-env";
import { startStripeStandIn, type StandInOptions, type StripeStandIn } from "../../../scripts/stripe-stand-in/server";
import { STAND_IN_SECRET_KEY } from "../../../lib/stripe/stand-in-key";
import { parseEml } from "../../support/read-eml";
import { startStoreServer, type StoreServer } from "./store-server";

// The production store with payments wired up as `npm start` wires them, for browser tests that
// check out: the Stripe stand-in runs in this (jest) process on its own port, the app's real
// stripe-node client is pointed at it through STRIPE_API_*, the stand-in signs webhooks with a
// secret made for this file and POSTs them to the app's /api/stripe/webhook, and emails are
// written as .eml files into a temporary outbox folder of this file's own.
//
//   const journey = useJourney({ startStore: () => startStoreWithPayments() });
//   journey.store().standIn.getSession(id); journey.store().readEmails();
//
// Load and fault tests can start several stores against one database (`databaseUrl`), tune the
// stand-in (`standIn`: retry delays, expiry checks) or replace app settings (`env`).

export type StoreWithPaymentsOptions = {
  /** Extra or overriding environment for the app (applied after the payment settings). */
  env?: Record<string, string>;
  /** A port chosen beforehand; by default a free one (the stand-in must know it before the app starts). */
  port?: number;
  /** Defaults to this file's database (DATABASE_URL from tests/support/postgres-environment.js). */
  databaseUrl?: string;
  /** Stand-in settings besides the key, secret and webhook URL (which this module sets). */
  standIn?: Omit<StandInOptions, "apiKey" | "webhookSecret" | "webhookUrl">;
};

export type StoreWithPayments = StoreServer & {
  port: number;
  /** The in-process Stripe stand-in: its sessions, events, deliveries and fault injection. */
  standIn: StripeStandIn;
  /** The secret the stand-in signs webhooks with and the app verifies them with. */
  webhookSecret: string;
  /** Where the app writes emails (.eml files); removed by stop(). */
  outboxDir: string;
  /** The payment and email environment given to the app (STRIPE_API_*, STRIPE_WEBHOOK_SECRET, ...). */
  paymentEnv: Record<string, string>;
  /** What the stand-in logged (webhook retries and give-ups), oldest first. */
  standInLog: string[];
  /** Names of the .eml files in the outbox so far, sorted. */
  emlFiles(): string[];
  /** Every .eml file in the outbox, with its headers unfolded and its body decoded to plain text. */
  readEmails(): SentEmail[];
  /** Stops the stand-in (no more webhooks), then the store, then removes the outbox. */
  stop(): Promise<void>;
};

export type SentEmail = { file: string; raw: string; text: string };

/** Webhook retries a few seconds apart: Stripe waits hours, a test can't. Overridable via `standIn`. */
const E2E_RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

export async function startStoreWithPayments(options: StoreWithPaymentsOptions = {}): Promise<StoreWithPayments> {
  const port = options.port ?? (await findFreePort());
  const origin = `http://127.0.0.1:${port}`;
  // Per file, like `npm start`'s per-start secret: a webhook from any other run fails verification.
  const webhookSecret = `whsec_e2e_${crypto.randomBytes(24).toString("hex")}`;
  const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-outbox-"));
  const standInLog: string[] = [];
  const standIn = await startStripeStandIn({
    retryDelaysMs: E2E_RETRY_DELAYS_MS,
    log: (message) => void standInLog.push(message),
    ...options.standIn,
    apiKey: STAND_IN_SECRET_KEY,
    webhookSecret,
    webhookUrl: `${origin}/api/stripe/webhook`,
  });

  const paymentEnv: Record<string, string> = {
    ...standInAppEnv({ port: standIn.port, webhookSecret }),
    EMAIL_OUTBOX_DIR: outboxDir,
  };
  // The app inherits this process's environment: a developer's real Stripe key or mail server
  // must not be what a test checks out against. (Jest gives each test file its own process.env.)
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.SMTP_URL;

  let store: StoreServer;
  try {
    store = await startStoreServer({ port, databaseUrl: options.databaseUrl, env: { ...paymentEnv, ...options.env } });
  } catch (error) {
    await standIn.close();
    fs.rmSync(outboxDir, { recursive: true, force: true });
    throw error;
  }

  const emlFiles = () =>
    fs.existsSync(outboxDir)
      ? fs
          .readdirSync(outboxDir)
          .filter((name) => name.endsWith(".eml"))
          .sort()
      : [];
  return {
    ...store,
    port,
    standIn,
    webhookSecret,
    outboxDir,
    paymentEnv,
    standInLog,
    emlFiles,
    readEmails: () =>
      emlFiles().map((file) => {
        const raw = fs.readFileSync(path.join(outboxDir, file), "utf8");
        return { file, raw, text: readableEmail(raw) };
      }),
    stop: async () => {
      await standIn.close();
      await store.stop();
      fs.rmSync(outboxDir, { recursive: true, force: true });
    },
  };
}

/**
 * An .eml as a person reads it: folded headers joined, then the plain-text part decoded (the
 * store's emails are multipart/alternative, text and HTML). Enough to search for an order id
 * or a product name; not a general MIME parser.
 */
export function readableEmail(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = (split < 0 ? raw : raw.slice(0, split)).replace(/\r?\n[ \t]+/g, " ");
  const { parts } = parseEml(raw);
  const text = parts.find((part) => part.contentType.startsWith("text/plain")) ?? parts[0];
  return `${headers}\n\n${text?.body ?? ""}`;
}

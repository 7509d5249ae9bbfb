// `npm start` (and `npm run dev` with --dev): one command from a fresh clone to a running store.
// Without DATABASE_URL it runs a real PostgreSQL from .data/postgres; with it, that server is used
// and nothing embedded starts. The production server runs the job runner itself (scripts/serve.ts);
// `next dev` doesn't, so with --dev the runner runs beside it (scripts/worker.ts).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { isPortInUse } from "./lib/free-port";
import { openEmbeddedDatabase } from "./lib/with-database";
import { applyMigrations } from "./lib/migrate";
import { buildIfNeeded } from "./lib/build-if-needed";
import { seedIfEmpty } from "./lib/seed-if-empty";
import { createScriptClient } from "./lib/prisma-client";
import { ensureDemoOwner } from "../lib/staff/ensure-demo-owner";
import type { EmbeddedDatabase } from "./lib/embedded-database";
import { launchStripeStandIn } from "./stripe-stand-in/launch";
import { stopWithParent } from "./lib/stop-with-parent";
import { webServerArgs } from "./lib/web-server-command";
import { exitOnConfigProblems } from "../lib/ops/validate-config";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

// What is running, so a signal at any moment (even mid-build) stops exactly that.
const running: {
  database: EmbeddedDatabase | null;
  child: ChildProcess | null;
  standIn: ChildProcess | null;
  worker: ChildProcess | null;
  stopping: boolean;
} = {
  database: null,
  child: null,
  standIn: null,
  worker: null,
  stopping: false,
};

async function main() {
  // Every bad setting, one line each, before a database or a build starts (decision 0018).
  exitOnConfigProblems({ databaseUrlOptional: true });
  stopWithParent(() => void shutDown(0));

  if (!Number.isInteger(port) || port < 1 || port > 65535)
    fail(`PORT must be a number between 1 and 65535 (got "${process.env.PORT}").`);
  if (await isPortInUse(port))
    fail(`Port ${port} is already in use. Stop whatever is using it, or run with PORT=<another port>.`);

  if (!process.env.DATABASE_URL) {
    running.database = await openEmbeddedDatabase();
    process.env.DATABASE_URL = running.database.url;
    console.log("Embedded PostgreSQL running (data in .data/postgres).");
  }
  const databaseUrl = process.env.DATABASE_URL as string;
  await applyMigrations(databaseUrl);
  await seedIfEmpty(databaseUrl);
  if (running.database) await announceDemoOwner(databaseUrl);
  if (!dev) await buildIfNeeded((child) => (running.child = child));
  if (running.stopping) return;
  if (!process.env.STRIPE_SECRET_KEY) await startStripeStandIn();
  if (running.stopping) return;

  const web = spawn(process.execPath, webServerArgs({ dev, port }), {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NODE_ENV: dev ? "development" : "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  running.child = web;
  announceWhenReady(web);
  web.on("exit", (code) => void shutDown(code ?? 0));
  if (dev) startJobWorker();
}

/** `next dev` runs no jobs: the job runner runs as its own process, with the same settings. */
function startJobWorker(): void {
  const worker = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "worker.ts")], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NODE_ENV: "development" },
  });
  running.worker = worker;
  // The store doesn't work as it should without it (emails, holds): stop, and say so.
  worker.on("exit", (code) => {
    if (!running.stopping) console.error(`The job runner exited (${code ?? "signal"}); stopping the store.`);
    void shutDown(code || 1);
  });
}

/** No STRIPE_SECRET_KEY: payments go to the local Stripe stand-in (test mode, no real money). */
async function startStripeStandIn(): Promise<void> {
  const standIn = await launchStripeStandIn({ appOrigin: `http://127.0.0.1:${port}` });
  running.standIn = standIn.child;
  Object.assign(process.env, standIn.env);
  console.log(
    `Payments in test mode: local Stripe stand-in at ${standIn.url} (no real payment). Set STRIPE_SECRET_KEY to use Stripe.`,
  );
}

/** Embedded demo database only: a first start gets an owner account and prints its password. */
async function announceDemoOwner(databaseUrl: string): Promise<void> {
  const db = createScriptClient(databaseUrl);
  try {
    const owner = await ensureDemoOwner(db);
    if (owner)
      console.log(
        `Demo staff owner created. Sign in at /admin/login as ${owner.email} with password ${owner.password} (shown only now).`,
      );
    else
      console.log(
        "Staff sign-in: /admin/login (add accounts with npm run staff:create -- --email you@example.com --role owner).",
      );
  } finally {
    await db.$disconnect();
  }
}

function announceWhenReady(web: ChildProcess): void {
  let announced = false;
  web.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready in/i.test(chunk.toString())) {
      announced = true;
      console.log(`\nThe store is open at http://localhost:${port}  (Ctrl-C to stop)\n`);
    }
  });
}

async function shutDown(code: number): Promise<void> {
  if (running.stopping) return;
  running.stopping = true;
  const child = running.child;
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
  const worker = running.worker;
  if (worker && worker.exitCode === null && worker.signalCode === null) {
    worker.kill("SIGTERM");
    await new Promise((resolve) => worker.once("exit", resolve));
  }
  const standIn = running.standIn;
  if (standIn && standIn.exitCode === null && standIn.signalCode === null) {
    standIn.kill("SIGTERM");
    await new Promise((resolve) => standIn.once("exit", resolve));
  }
  await running.database?.stop().catch(() => {});
  process.exit(code);
}

function fail(message: string): never {
  console.error(message);
  void shutDown(1);
  throw new StartupAborted();
}

main().catch((error) => {
  if (!(error instanceof StartupAborted) && !running.stopping)
    fail(error instanceof Error ? error.message : String(error));
});

/** Thrown by fail() to stop main() while shutDown() cleans up. */
class StartupAborted extends Error {}

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { seedDemoCatalog } from "../../../prisma/seed";
import { seedLargeCatalog } from "../../../scripts/seed-large";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../../scripts/lib/embedded-database";
import { findFreePort } from "../../../scripts/lib/free-port";
import { applyMigrations } from "../../../scripts/lib/migrate";
import { createScriptClient } from "../../../scripts/lib/prisma-client";
import { startStripeStandIn, type StripeStandIn } from "../../../scripts/stripe-stand-in/server";
import { standInAppEnv } from "../../../scripts/stripe-stand-in/app-env";
import { STAND_IN_SECRET_KEY } from "../../../lib/stripe/stand-in-key";
import { buildApp, startApp, type RunningServer } from "./next-server";

// The whole store for a benchmark, started from nothing and stopped without a trace: an embedded
// PostgreSQL in a temp dir, migrated and seeded (demo catalog plus N synthetic products), the
// Stripe stand-in in this process (webhooks are sent by the benchmark so they can be timed), and
// a production build under scripts/serve.ts in its own dist dir.

export type BenchStoreOptions = {
  distDir: string;
  /** Synthetic products on top of the demo catalog (0 for the demo catalog only). */
  products: number;
  /** Reuse the last build in distDir when there is one. */
  skipBuild: boolean;
  /** Stock every variant deep enough that no order in the run is refused for stock. */
  deepStock?: boolean;
  step: (text: string) => () => void;
};

export type BenchStore = {
  origin: string;
  databaseUrl: string;
  standIn: StripeStandIn;
  webhookSecret: string;
  outboxDir: string;
  workDir: string;
  stop: () => Promise<void>;
};

export async function startBenchStore(options: BenchStoreOptions): Promise<BenchStore> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "store-bench-"));
  // PostgreSQL runs as its own user (these machines run as root) and must reach its data dir.
  fs.chmodSync(workDir, 0o755);
  const webhookSecret = `whsec_bench_${Date.now()}`;
  let database: EmbeddedDatabase | undefined;
  let standIn: StripeStandIn | undefined;
  let server: RunningServer | undefined;
  const stop = async () => {
    await server?.stop().catch((error: unknown) => console.error("Stopping the web server:", error));
    await standIn?.close().catch((error: unknown) => console.error("Stopping the Stripe stand-in:", error));
    await database?.stop().catch((error: unknown) => console.error("Stopping PostgreSQL:", error));
    fs.rmSync(workDir, { recursive: true, force: true });
  };
  try {
    let done = options.step("Starting PostgreSQL and migrating");
    // fsync off, as in every benchmark so far: the numbers are about the app, not this VM's disk.
    // A production PostgreSQL syncs, so its write routes (checkout, webhook) would be slower.
    database = await startEmbeddedDatabase({ dataDir: path.join(workDir, "pg"), database: "bench", throwaway: true });
    await applyMigrations(database.url);
    done();

    standIn = await startStripeStandIn({ apiKey: STAND_IN_SECRET_KEY, webhookSecret, webhookUrl: null, log: () => {} });
    const port = await findFreePort();
    const outboxDir = path.join(workDir, "outbox");
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: options.distDir,
      DATABASE_URL: database.url,
      SITE_URL: `http://127.0.0.1:${port}`,
      ...standInAppEnv({ port: standIn.port, webhookSecret }),
      EMAIL_OUTBOX_DIR: outboxDir,
    };
    delete env.STRIPE_SECRET_KEY;
    delete env.SMTP_URL;

    // Built before the slow seeding, so a broken build fails the run early.
    if (!options.skipBuild || !fs.existsSync(path.join(options.distDir, "BUILD_ID"))) {
      done = options.step(`Building the app into ${options.distDir}`);
      await buildApp(env, path.join(workDir, "build.log"));
      done();
    }
    done = options.step("Seeding the demo catalog");
    const db = createScriptClient(database.url);
    try {
      await seedDemoCatalog(db);
      if (options.deepStock) await db.variant.updateMany({ data: { stock: 1_000_000 } });
    } finally {
      await db.$disconnect();
    }
    done();
    if (options.products > 0) {
      done = options.step(`Seeding ${options.products} synthetic products`);
      const large = await seedLargeCatalog(database.url, { products: options.products, quiet: true });
      done();
      console.log(`  ${large.inserted} products, ${large.variants} variants`);
    }
    done = options.step("Starting the web server");
    server = await startApp(env, port, path.join(workDir, "server.log"));
    done();
    return { origin: server.origin, databaseUrl: database.url, standIn, webhookSecret, outboxDir, workDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Prints "text... 1.2 s" around a step of a benchmark. */
export function step(text: string): () => void {
  const started = performance.now();
  process.stdout.write(`${text}... `);
  return () => console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
}

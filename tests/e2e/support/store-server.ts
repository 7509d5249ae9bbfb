import { spawn, type ChildProcess } from "node:child_process";
import { findFreePort } from "../../../scripts/lib/free-port";
import { webServerArgs } from "../../../scripts/lib/web-server-command";
import { waitFor } from "../../support/wait-for";
import { buildStoreForBrowserTests, E2E_DIST_DIR } from "./store-build";

// The production store (scripts/serve.ts on the .next-e2e build) for one test file, on a free port,
// talking to that file's own database (DATABASE_URL from tests/support/postgres-environment.js).

export type StoreServer = {
  origin: string;
  /** Absolute URL for a path on this server. */
  url(path: string): string;
  /** Everything the server wrote to stderr so far (it only grows): errors it logged. */
  errors(): string;
  stop(): Promise<void>;
};

/** Generous: a cold `next build` is about a minute on 2 cores, and the machine is shared. */
export const STORE_START_TIMEOUT_MS = 5 * 60_000;
const READY_TIMEOUT_MS = 60_000;

export type StoreServerOptions = {
  /** Extra environment for the app (e.g. the Stripe stand-in's STRIPE_API_* settings). */
  env?: Record<string, string>;
  /** A port chosen beforehand (e.g. so a webhook sender can be told the app's origin first). */
  port?: number;
  /** Defaults to this file's database (DATABASE_URL from tests/support/postgres-environment.js). */
  databaseUrl?: string;
};

export async function startStoreServer(options: StoreServerOptions = {}): Promise<StoreServer> {
  await ensureBuilt();
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  if (!databaseUrl)
    throw new Error("No DATABASE_URL: browser tests run through jest, which gives each file a database.");
  const port = options.port ?? (await findFreePort());
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, webServerArgs({ dev: false, port, hostname: "127.0.0.1" }), {
    // One process unless a test asks for more: several test files run servers side by side.
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: E2E_DIST_DIR,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: origin,
      WEB_CONCURRENCY: "1",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so stop() ends the server and anything it started, and nothing else.
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  // stdout is only for a failed start; stderr is kept whole (it is small) so callers can diff it.
  child.stdout?.on("data", (chunk: Buffer) => (stdout = (stdout + chunk.toString()).slice(-8_000)));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = () => stopGroup(child);
  try {
    await waitUntilAnswering(origin, child);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- web server output ---\n${stdout}\n${stderr}`);
  }
  return { origin, url: (path) => new URL(path, origin).toString(), errors: () => stderr, stop };
}

/**
 * jest's globalSetup builds once before any test file when browser tests are in the run (see
 * prebuild.mjs), and tells us how it went. Run on their own (e.g. `--onlyChanged`), we build here.
 */
async function ensureBuilt(): Promise<void> {
  if (process.env.STORE_E2E_BUILD_ERROR)
    throw new Error(`The store build for browser tests failed:\n${process.env.STORE_E2E_BUILD_ERROR}`);
  if (process.env.STORE_E2E_PREBUILT === "1") return;
  await buildStoreForBrowserTests();
}

async function waitUntilAnswering(origin: string, child: ChildProcess): Promise<void> {
  await waitFor(
    `the web server to answer on ${origin}`,
    async () => {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`The web server exited early (code ${child.exitCode ?? child.signalCode}).`);
      return answersRobots(origin);
    },
    { timeoutMs: READY_TIMEOUT_MS, intervalMs: 250 },
  );
}

async function answersRobots(origin: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false; // not listening yet
  }
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  signalGroup(child.pid, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child.pid as number, "SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    // ESRCH: the group is already gone, which is what we wanted.
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

import { spawn, type ChildProcess } from "node:child_process";
import { findFreePort } from "../../../../scripts/lib/free-port";
import { webServerArgs } from "../../../../scripts/lib/web-server-command";
import { buildStoreForBrowserTests, E2E_DIST_DIR } from "../../../e2e/support/store-build";
import { STORE_START_TIMEOUT_MS } from "../../../e2e/support/store-server";
import { waitFor } from "../../../support/wait-for";

// The production server (scripts/serve.ts on the browser tests' .next-e2e build) for the
// operating tests (decision 0018). Like tests/e2e/support/store-server.ts, but it keeps every
// line the server writes, on stdout and stderr, and hands out the process to signal.

export { STORE_START_TIMEOUT_MS };

/** Needs the production build (about a minute): left out, like the browser tests, by JEST_SKIP_E2E=1. */
export const describeWithServer = process.env.JEST_SKIP_E2E === "1" ? describe.skip : describe;

export type ProductionServer = {
  origin: string;
  url(path: string): string;
  child: ChildProcess;
  /** Everything written to stdout and stderr so far, in order. */
  output(): string;
  /** The JSON log lines so far, parsed (other lines are left out). */
  logLines(): Record<string, unknown>[];
  /** Resolves with the exit code (or signal) once the process ends. */
  exited: Promise<number | string>;
  stop(): Promise<void>;
};

export async function startProductionServer(env: Record<string, string> = {}): Promise<ProductionServer> {
  await ensureBuilt();
  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, webServerArgs({ dev: false, port, hostname: "127.0.0.1" }), {
    env: {
      ...process.env,
      NEXT_DIST_DIR: E2E_DIST_DIR,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: origin,
      WEB_CONCURRENCY: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")),
  );
  const server: ProductionServer = {
    origin,
    url: (path) => new URL(path, origin).toString(),
    child,
    output: () => output,
    logLines: () =>
      output.split("\n").flatMap((line) => {
        try {
          const parsed: unknown = JSON.parse(line);
          return parsed && typeof parsed === "object" ? [parsed as Record<string, unknown>] : [];
        } catch {
          return [];
        }
      }),
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      signalGroup(child.pid, "SIGTERM");
      const timer = setTimeout(() => signalGroup(child.pid as number, "SIGKILL"), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await waitFor(
      `the web server to answer on ${origin}`,
      async () => {
        if (child.exitCode !== null) throw new Error(`The web server exited early (code ${child.exitCode}).`);
        return answers(`${origin}/healthz`);
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- web server output ---\n${output.slice(-8_000)}`);
  }
  return server;
}

async function ensureBuilt(): Promise<void> {
  if (process.env.STORE_E2E_BUILD_ERROR)
    throw new Error(`The store build for browser tests failed:\n${process.env.STORE_E2E_BUILD_ERROR}`);
  if (process.env.STORE_E2E_PREBUILT === "1") return;
  await buildStoreForBrowserTests();
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

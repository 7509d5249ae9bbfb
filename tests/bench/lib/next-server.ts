import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { addCompileHints } from "../../../scripts/lib/compile-hints";
import { webServerArgs } from "../../../scripts/lib/web-server-command";

// Builds the app into its own dist dir and runs it (scripts/serve.ts, as `npm start` does), so the benchmark never
// touches the default .next that `npm start` and other developers use.

const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

export type RunningServer = { origin: string; stop: () => Promise<void> };

/**
 * `next build` in its two halves, compile then generate, which is a full build minus the type
 * check: the benchmark measures run time, `npm run typecheck` and CI check types, and a shared
 * checkout with someone's work in progress can still be measured. Then the compile hints, as
 * every build of the store gets them (scripts/lib/compile-hints.ts).
 */
export async function buildApp(env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  const log = fs.openSync(logFile, "w");
  try {
    for (const mode of ["compile", "generate"]) {
      const child = spawn(process.execPath, [NEXT_BIN, "build", "--experimental-build-mode", mode], {
        env,
        stdio: ["ignore", log, log],
      });
      const code = await exitCode(child);
      if (code !== 0)
        throw new Error(
          `next build (${mode}) failed with exit code ${code}; full log in ${logFile}. Errors:\n${errorLines(logFile)}`,
        );
    }
    addCompileHints(env.NEXT_DIST_DIR || ".next");
  } finally {
    fs.closeSync(log);
  }
}

export async function startApp(env: NodeJS.ProcessEnv, port: number, logFile: string): Promise<RunningServer> {
  const log = fs.openSync(logFile, "w");
  // BENCH_PROFILE_DIR=dir writes a V8 CPU profile of each server process there when it stops
  // (how decision 0010's costs were measured). Node refuses --cpu-prof in NODE_OPTIONS.
  const profile = process.env.BENCH_PROFILE_DIR ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_PROFILE_DIR] : [];
  // Its own process group, so stopping it also stops any worker it started.
  const child = spawn(process.execPath, [...profile, ...webServerArgs({ dev: false, port, hostname: "127.0.0.1" })], {
    env,
    stdio: ["ignore", log, log],
    detached: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      process.kill(-child.pid, "SIGTERM");
      const stopped = await Promise.race([exitCode(child).then(() => true), delay(10_000).then(() => false)]);
      if (!stopped && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
    }
    fs.closeSync(log);
  };
  try {
    await waitForOk(`${origin}/robots.txt`, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${tail(logFile, 30)}`);
  }
  return { origin, stop };
}

async function waitForOk(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The web server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await delay(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function exitCode(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The log's error lines with a little context, or its last lines when none say "error". */
function errorLines(file: string): string {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const hits = lines.flatMap((line, i) => (/error/i.test(line) ? lines.slice(i, i + 6) : []));
  return (hits.length > 0 ? hits : lines.slice(-30)).slice(0, 60).join("\n");
}

function tail(file: string, lines: number): string {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n") : "";
}

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";

// A PostgreSQL server of the test's own (not the suite's shared one), migrated and seeded with
// the demo catalog, that the test can stop and start again on the same data directory and port,
// as an operator restarting the database would. The app under test keeps its connection string.
// The server lives in a helper process (restartable-database-cli.ts; see there for why).

export type RestartableDatabase = {
  url: string;
  /** A temp folder that also holds the data directory, removed by close() (e.g. for an email outbox). */
  workDir: string;
  /** Fast shutdown: open connections are cut, new ones refused. */
  stop(): Promise<void>;
  /** Starts it again on the same data directory and port. */
  start(): Promise<void>;
  /** Stops the server and its process and removes every file. Safe to call more than once. */
  close(): Promise<void>;
};

/** initdb, migrations and the demo catalog take a few seconds; a busy shared machine, longer. */
const READY_TIMEOUT_MS = 120_000;
const COMMAND_TIMEOUT_MS = 30_000;

type Reply = { event: string; url?: string; message?: string };

export async function startRestartableDatabase(): Promise<RestartableDatabase> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "store-outage-"));
  // PostgreSQL runs as its own user (these machines run as root) and must reach its data dir inside.
  fs.chmodSync(workDir, 0o755);
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(__dirname, "restartable-database-cli.ts"), workDir],
    {
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, CHECKPOINT_DISABLE: "1" },
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)));
  const replies: Reply[] = [];
  const waiters: ((reply: Reply) => void)[] = [];
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
    let reply: Reply;
    try {
      reply = JSON.parse(line) as Reply;
    } catch {
      return; // Not ours (a library writing to stdout).
    }
    const waiter = waiters.shift();
    if (waiter) waiter(reply);
    else replies.push(reply);
  });

  const nextReply = (timeoutMs: number) =>
    new Promise<Reply>((resolve, reject) => {
      const queued = replies.shift();
      if (queued) return resolve(queued);
      const timer = setTimeout(
        () => reject(new Error(`The database helper did not answer within ${timeoutMs / 1000} s.\n${stderr}`)),
        timeoutMs,
      );
      const onExit = () => reject(new Error(`The database helper exited (code ${child.exitCode}).\n${stderr}`));
      child.once("exit", onExit);
      waiters.push((reply) => {
        clearTimeout(timer);
        child.removeListener("exit", onExit);
        resolve(reply);
      });
    });

  const command = async (name: "stop" | "start", expected: string) => {
    child.stdin?.write(`${name}\n`);
    const reply = await nextReply(COMMAND_TIMEOUT_MS);
    if (reply.event !== expected) throw new Error(`Database ${name} failed: ${reply.message ?? reply.event}`);
  };

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.stdin?.end(); // The helper stops PostgreSQL and exits when its input ends.
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(workDir, { recursive: true, force: true });
  };

  try {
    const ready = await nextReply(READY_TIMEOUT_MS);
    if (ready.event !== "ready" || !ready.url)
      throw new Error(`The database helper failed to start: ${ready.message ?? ready.event}\n${stderr}`);
    return {
      url: ready.url,
      workDir,
      stop: () => command("stop", "stopped"),
      start: () => command("start", "started"),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

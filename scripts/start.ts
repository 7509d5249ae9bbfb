// `npm start` (and `npm run dev` with --dev): one command from a fresh clone to a running store.
// Without DATABASE_URL it runs a real PostgreSQL from .data/postgres; with it, that server is used
// and nothing embedded starts.
import { spawn, type ChildProcess } from "node:child_process";
import { isPortInUse } from "./lib/free-port";
import { openEmbeddedDatabase } from "./lib/with-database";
import { applyMigrations } from "./lib/migrate";
import { buildIfNeeded } from "./lib/build-if-needed";
import { seedIfEmpty } from "./lib/seed-if-empty";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a number between 1 and 65535 (got "${process.env.PORT}").`);
  if (await isPortInUse(port)) fail(`Port ${port} is already in use. Stop whatever is using it, or run with PORT=<another port>.`);

  const embedded = process.env.DATABASE_URL ? null : await openEmbeddedDatabase();
  if (embedded) {
    process.env.DATABASE_URL = embedded.url;
    console.log(`Embedded PostgreSQL running (data in .data/postgres).`);
  }
  const stopDatabase = async () => embedded?.stop();

  try {
    applyMigrations(process.env.DATABASE_URL as string);
    await seedIfEmpty(process.env.DATABASE_URL as string);
    if (!dev) buildIfNeeded();
  } catch (error) {
    await stopDatabase();
    fail(error instanceof Error ? error.message : String(error));
  }

  const web = spawn("npx", ["next", dev ? "dev" : "start", "-p", String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NODE_ENV: dev ? "development" : "production" },
  });
  announceWhenReady(web);
  shutDownWith(web, stopDatabase);
}

function announceWhenReady(web: ChildProcess): void {
  let announced = false;
  web.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready|started server/i.test(chunk.toString())) {
      announced = true;
      console.log(`\nThe store is open at http://localhost:${port}  (Ctrl-C to stop)\n`);
    }
  });
}

function shutDownWith(web: ChildProcess, stopDatabase: () => Promise<void>): void {
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (web.exitCode === null) {
      web.kill("SIGTERM");
      await new Promise((resolve) => web.once("exit", resolve));
    }
    await stopDatabase();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  web.on("exit", (code) => void stop(code ?? 0));
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));

// `npm run db:dev`: a development PostgreSQL on 127.0.0.1:54329 (data in .data/devpg), the server
// prisma.config.ts falls back to when DATABASE_URL is unset. `npm run db:migration` needs one:
// `prisma migrate diff` runs through the pg adapter, which connects even to compare two schema
// files. Also handy for trying the app against a database that outlives `npm start`.
// Ctrl-C stops it.
import path from "node:path";
import { startEmbeddedDatabase } from "./lib/embedded-database";
import { stopWithParent } from "./lib/stop-with-parent";

const PORT = 54329;

async function main(): Promise<void> {
  const database = await startEmbeddedDatabase({ dataDir: path.join(".data", "devpg"), database: "store", port: PORT });
  console.log(`Development PostgreSQL at ${database.url} (Ctrl-C to stop).`);
  // PostgreSQL runs as a child process: keep this one alive to stop it.
  stopWithParent(() => void database.stop().finally(() => process.exit(0)), { keepAlive: true });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

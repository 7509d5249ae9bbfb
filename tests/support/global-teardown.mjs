export default async function globalTeardown() {
  const server = /** @type {import("./test-database.mjs").TestPostgresHolder} */ (globalThis).__TEST_POSTGRES__;
  if (server) await server.stop();
}

export default async function globalTeardown() {
  if (process.env.JEST_SKIP_DB === "1") return;
  const server = globalThis.__TEST_POSTGRES__;
  if (server) await server.stop();
}

export default async function globalTeardown() {
  const server = globalThis.__TEST_POSTGRES__;
  if (server) await server.stop();
}

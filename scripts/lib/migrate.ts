import { spawnSync } from "node:child_process";

/** Applies committed migrations (`prisma migrate deploy`); its chatter is shown only on failure. */
export function applyMigrations(databaseUrl: string): void {
  const result = spawnSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`Database migration failed:\n${result.stdout}\n${result.stderr}`);
  }
}

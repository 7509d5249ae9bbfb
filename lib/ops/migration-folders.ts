import fs from "node:fs";

/**
 * The migrations this release ships: the folders of prisma/migrations that hold a migration.sql,
 * by name, as prisma migrate deploy records them in _prisma_migrations. Read once at start: the
 * release doesn't change while it runs.
 */
export function listMigrationFolders(migrationsDir: string): string[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(`${migrationsDir}/${entry.name}/migration.sql`))
    .map((entry) => entry.name)
    .sort();
}

// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the committed schema (git HEAD) and prisma/schema.prisma.
// It needs a reachable database (`npm run db:dev`): `migrate diff` connects through the
// adapter even to compare two files. It still works where `prisma migrate dev` can't (its
// shadow database gets the main connection string through the adapter, P3006).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration -- <short_name>");
  process.exit(1);
}

const previous = path.join(os.tmpdir(), `schema-head-${process.pid}.prisma`);
fs.writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
const sql = execFileSync(
  process.execPath,
  [
    require.resolve("prisma/build/index.js"),
    "migrate",
    "diff",
    "--from-schema-datamodel",
    previous,
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } },
);
fs.rmSync(previous);

if (!sql.trim() || /This is an empty migration/.test(sql)) {
  console.log("The schema matches HEAD: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(
  `Wrote ${dir}/migration.sql. Add hand-written SQL (CHECK constraints) at its end; avoid semicolons inside function bodies (see the first migration).`,
);

// `npm run db:migration:pg-boss -- <name> [--from <schema version>]`: writes the Prisma migration
// that installs pg-boss's tables in the "pgboss" schema, or with --from, the one that upgrades
// them from the schema version the last such migration installed (decision 0017). The job runner
// never changes the schema itself (migrate: false), so upgrading pg-boss to a release with a new
// schema version needs one of these, and until it is applied the runner refuses to start.
//
// pg-boss hands out its SQL as one script wrapped in a transaction with an advisory lock. Prisma
// runs migration files through @prisma/adapter-pg one statement at a time and holds its own lock,
// so the wrapper is left out, and the statements are rewritten to survive the adapter's split at
// every semicolon (adapter-safe-sql.ts).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { getConstructionPlans, getMigrationPlans } from "pg-boss";
import { JOB_SCHEMA } from "../lib/job-queue/job-schema";
import { splitStatements, toAdapterSafeSql } from "./lib/adapter-safe-sql";

const WRAPPER = [/^BEGIN$/i, /^COMMIT$/i, /^SET LOCAL /i, /^SELECT pg_advisory_xact_lock\(/i];

const { values, positionals } = parseArgs({ options: { from: { type: "string" } }, allowPositionals: true });
const name = (positionals[0] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration:pg-boss -- <short_name> [--from <installed schema version>]");
  process.exit(1);
}

const { version, pgboss } = JSON.parse(fs.readFileSync(require.resolve("pg-boss/package.json"), "utf8")) as {
  version: string;
  pgboss: { schema: number };
};
const from = values.from === undefined ? null : Number(values.from);
const plans = from === null ? getConstructionPlans(JOB_SCHEMA) : getMigrationPlans(JOB_SCHEMA, from);
const statements = splitStatements(toAdapterSafeSql(plans)).filter(
  (statement) => !WRAPPER.some((pattern) => pattern.test(statement)),
);

const header = [
  from === null
    ? `-- pg-boss ${version}: its schema "${JOB_SCHEMA}" at version ${pgboss.schema} (decision 0017).`
    : `-- pg-boss ${version}: its schema "${JOB_SCHEMA}" from version ${from} to ${pgboss.schema} (decision 0017).`,
  // No semicolons in these comments: the adapter would split there too.
  "-- Written by `npm run db:migration:pg-boss` from pg-boss's own SQL. Bodies are E-strings with \\073",
  "-- for each semicolon, because @prisma/adapter-pg splits a migration at every semicolon.",
];
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), `${header.join("\n")}\n\n${statements.join(";\n\n")};\n`);
console.log(`Wrote ${dir}/migration.sql (${statements.length} statements).`);

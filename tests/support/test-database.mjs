// Where the test PostgreSQL server lives during a run; written by global-setup, read by each
// test file's environment. A file (not process.env) so Jest workers see it too.
import fs from "node:fs";
import path from "node:path";

export const STATE_FILE = path.join(process.cwd(), ".data", "test-database.json");
export const TEMPLATES = { empty: "store_template_empty", seeded: "store_template_seeded" };

export function writeState(state) {
  fs.mkdirSync(path.dirname(STATE_FILE), { recursive: true });
  fs.writeFileSync(STATE_FILE, JSON.stringify(state));
}

export function readState() {
  return JSON.parse(fs.readFileSync(STATE_FILE, "utf8"));
}

/** Same server and credentials, another database. */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

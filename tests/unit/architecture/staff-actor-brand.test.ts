import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

// A StaffActor is branded (lib/staff/staff-actor.ts) so that admin data functions can't be called
// without the staff check. The brand holds only while issueStaffActor() is called by the checks
// alone: any other importer of its module fails here, with its name.

const ROOT = path.resolve(__dirname, "../../..");
const ALLOWED = new Set([
  "lib/staff/require-staff.ts",
  "lib/staff/require-staff-api.ts",
  "tests/support/staff-actor-for-tests.ts",
]);
const SKIPPED = new Set(["node_modules", "generated", ".next", ".data", "test-results", "public"]);

function listSourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return SKIPPED.has(entry.name) || entry.name.startsWith(".next-") ? [] : listSourceFiles(full);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

test("only the staff checks (and one named test helper) make a StaffActor", () => {
  const files = ["lib", "app", "components", "scripts", "tests"].flatMap((dir) =>
    listSourceFiles(path.join(ROOT, dir)),
  );
  expect(files.length).toBeGreaterThan(100); // the scan found the sources at all
  const importers = files
    .filter((file) =>
      ts
        .preProcessFile(fs.readFileSync(file, "utf8"), true, true)
        .importedFiles.some(({ fileName }) => /(^|\/)issue-staff-actor$/.test(fileName)),
    )
    .map((file) => path.relative(ROOT, file));
  expect(importers.filter((file) => !ALLOWED.has(file))).toEqual([]);
  expect(importers.sort()).toEqual([...ALLOWED].sort());
});

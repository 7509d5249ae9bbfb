import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

// lib's top-level folders (and files: db.ts, env.ts...) are layers: imports between two of them
// go one way only, so each can be read, tested and moved without the other. An import that closes
// a loop (admin → staff → admin, or a longer one) fails this test, which names the files.

const LIB = path.resolve(__dirname, "../../../lib");

/** The top-level lib folder (or file, without its extension) that `file` belongs to; null outside lib. */
function libUnit(file: string): string | null {
  const relative = path.relative(LIB, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  return (relative.split(path.sep)[0] ?? "").replace(/\.[jt]sx?$/, "");
}

function listSourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === path.join(LIB, "generated") ? [] : listSourceFiles(full);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** "from -> to" between two lib units, with the imports that make it ("lib/a/x.ts imports @/lib/b/y"). */
function readUnitEdges(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of listSourceFiles(LIB)) {
    const from = libUnit(file);
    // preProcessFile finds import, export-from, import type and import() specifiers.
    for (const { fileName: specifier } of ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true).importedFiles) {
      const target = specifier.startsWith("@/lib/")
        ? path.join(LIB, specifier.slice("@/lib/".length))
        : specifier.startsWith(".")
          ? path.resolve(path.dirname(file), specifier)
          : null;
      const to = target && libUnit(target);
      if (!from || !to || to === from) continue;
      const key = `${from} -> ${to}`;
      edges.set(key, [...(edges.get(key) ?? []), `${path.relative(path.dirname(LIB), file)} imports ${specifier}`]);
    }
  }
  return edges;
}

function reaches(next: Map<string, string[]>, start: string, goal: string): boolean {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const unit = queue.shift() as string;
    if (unit === goal) return true;
    if (seen.has(unit)) continue;
    seen.add(unit);
    queue.push(...(next.get(unit) ?? []));
  }
  return false;
}

test("imports between lib folders never loop back", () => {
  const edges = readUnitEdges();
  expect(edges.size).toBeGreaterThan(10); // the scan found the imports at all

  const next = new Map<string, string[]>();
  for (const key of edges.keys()) {
    const [from = "", to = ""] = key.split(" -> ");
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  // An edge is on a loop when its target leads back to its source.
  const onALoop = [...edges].filter(([key]) => {
    const [from = "", to = ""] = key.split(" -> ");
    return reaches(next, to, from);
  });
  const report = onALoop.map(([key, imports]) => `${key}:\n  ${imports.join("\n  ")}`).join("\n");
  expect(report).toBe("");
});

import fs from "node:fs";
import path from "node:path";
import { findBannedPhraseMatches, findBannedPhrases } from "@/lib/fit/banned-phrases";
import { RESULTS_FOOTER_TEXT } from "@/lib/fit/footer";

// Copy lint (docs/product-spec.md §1 and §8.13): no banned phrase anywhere the app's copy can
// come from. Comments are scanned too; a claim in a comment tends to end up in the UI. Whole
// files are scanned, not lines, so a sentence wrapped across lines keeps its negation.

const ROOT = path.resolve(__dirname, "../..");
const SCANNED_DIRS = ["app", "components", "lib", "prisma/seed-data"];
const SKIPPED = new Set(["lib/generated", "lib/fit/banned-phrases.ts"].map((p) => path.join(ROOT, p)));
const EXTENSIONS = new Set([".ts", ".tsx", ".md"]);

function listFiles(dir: string): string[] {
  if (SKIPPED.has(dir) || !fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : listFiles(full);
    return EXTENSIONS.has(path.extname(entry.name)) && !SKIPPED.has(full) ? [full] : [];
  });
}

describe("copy lint", () => {
  it("finds no banned phrase in app/, components/, lib/ or the seed data", () => {
    const files = SCANNED_DIRS.flatMap((dir) => listFiles(path.join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(0);
    const problems = files.flatMap((file) => {
      const text = fs.readFileSync(file, "utf8");
      return findBannedPhraseMatches(text).map(({ phrase, index }) => {
        const line = text.slice(0, index).split("\n").length;
        return `${path.relative(ROOT, file)}:${line}: "${phrase.replace(/\s+/g, " ")}"`;
      });
    });
    expect(problems).toEqual([]);
  });

  it("scans the engine's own copy", () => {
    const files = listFiles(path.join(ROOT, "lib/fit")).map((f) => path.relative(ROOT, f));
    expect(files).toEqual(expect.arrayContaining(["lib/fit/advisories.ts", "lib/fit/reasons.ts", "lib/fit/footer.ts"]));
    expect(files).not.toContain("lib/fit/banned-phrases.ts");
  });

  it("the results footer has no banned phrase and says staying active is what guidelines recommend", () => {
    expect(findBannedPhrases(RESULTS_FOOTER_TEXT)).toEqual([]);
    expect(RESULTS_FOOTER_TEXT).toMatch(/staying active is what guidelines recommend/i);
    expect(RESULTS_FOOTER_TEXT).toMatch(/haven't been shown to treat back pain/);
  });
});

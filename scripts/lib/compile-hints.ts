import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";

// V8 compiles a function the first time it is called, on the main thread. Hydration calls most
// of React DOM and the router for the first time at once, so on a phone that compile was the
// bulk of the page's longest task. A script whose first line is this comment has every function
// compiled while the script streams in, on a background thread (V8's explicit compile hints,
// Chromium 136 on; other browsers read a comment). V8's advice is to mark only scripts that run
// on load, so the hint goes on the scripts a page loads up front and not on those it imports
// later (the quiz's zod, say). Why and what it measured: docs/decisions/0013-compile-hints.md.
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

type BuildManifest = { rootMainFiles?: string[] };
type ClientReferenceManifests = Record<string, { entryJSFiles?: Record<string, string[]> }>;

/**
 * Puts the compile hint at the top of every script a page of a finished build loads up front.
 * Idempotent, so running it again on the same build changes nothing. Returns how many files it
 * changed.
 */
export function addCompileHints(distDir: string): number {
  let changed = 0;
  for (const file of upFrontScripts(distDir)) {
    const source = fs.readFileSync(file, "utf8");
    if (source.startsWith(COMPILE_HINT)) continue;
    // Written beside and renamed over, so a server already serving this build never reads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, COMPILE_HINT + source);
    fs.renameSync(partial, file);
    changed++;
  }
  return changed;
}

/**
 * Next's runtime (build-manifest.json's rootMainFiles) and every route's entry scripts (the
 * entryJSFiles of each page's client reference manifest): what the HTML of some page names in a
 * script tag. Chunks loaded later through import() appear in neither.
 */
export function upFrontScripts(distDir: string): string[] {
  const buildManifest = path.join(distDir, "build-manifest.json");
  if (!fs.existsSync(buildManifest))
    throw new Error(`No build in ${distDir} (${buildManifest} is missing); run the build first.`);
  const scripts = new Set((JSON.parse(fs.readFileSync(buildManifest, "utf8")) as BuildManifest).rootMainFiles ?? []);
  const appDir = path.join(distDir, "server", "app");
  const manifests = fs.existsSync(appDir)
    ? fs
        .readdirSync(appDir, { recursive: true, encoding: "utf8" })
        .filter((name) => name.endsWith("_client-reference-manifest.js"))
    : [];
  for (const manifest of manifests) {
    // Each manifest is a script that assigns itself to globalThis.__RSC_MANIFEST.
    const sandbox: { __RSC_MANIFEST?: ClientReferenceManifests } = {};
    vm.runInNewContext(fs.readFileSync(path.join(appDir, manifest), "utf8"), sandbox);
    for (const page of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
      for (const entry of Object.values(page.entryJSFiles ?? {})) for (const script of entry) scripts.add(script);
    }
  }
  // A Next upgrade that moves these files must fail the build here, not quietly drop the hints.
  if (scripts.size === 0)
    throw new Error(`Found no page scripts in ${distDir}'s manifests; has Next changed where it lists them?`);
  return [...scripts].filter((script) => script.endsWith(".js")).map((script) => path.join(distDir, script));
}

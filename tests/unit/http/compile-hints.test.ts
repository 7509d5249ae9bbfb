import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { addCompileHints, COMPILE_HINT, upFrontScripts } from "../../../scripts/lib/compile-hints";

// The build step that puts V8's compile hint on the scripts pages load up front (decision 0013),
// on a build laid out as Next 16 lays it out.

let distDir: string;

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(distDir, file)), { recursive: true });
  fs.writeFileSync(path.join(distDir, file), text);
}

const read = (file: string) => fs.readFileSync(path.join(distDir, file), "utf8");

/** A page's client reference manifest, as Next writes it: a script assigning to globalThis. */
function clientManifest(route: string, entryJSFiles: Record<string, string[]>): string {
  return `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(route)}] = ${JSON.stringify({ moduleLoading: { prefix: "" }, entryJSFiles })};`;
}

beforeEach(() => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), "compile-hints-"));
  write(
    "build-manifest.json",
    JSON.stringify({
      polyfillFiles: ["static/chunks/polyfill.js"],
      rootMainFiles: ["static/chunks/react-dom.js", "static/chunks/router.js"],
    }),
  );
  write(
    "server/app/page_client-reference-manifest.js",
    clientManifest("/page", {
      "[project]/app/layout": ["static/chunks/layout.js"],
      "[project]/app/page": ["static/chunks/layout.js"],
    }),
  );
  write(
    "server/app/fit/page_client-reference-manifest.js",
    clientManifest("/fit/page", { "[project]/app/fit/page": ["static/chunks/layout.js", "static/chunks/quiz.js"] }),
  );
  for (const name of ["react-dom", "router", "layout", "quiz", "polyfill", "zod-imported-later"])
    write(`static/chunks/${name}.js`, `console.log(${JSON.stringify(name)});`);
  write("static/chunks/styles.css", "body{margin:0}");
  write("server/app/page.js", "module.exports = 1;");
});

afterEach(() => fs.rmSync(distDir, { recursive: true, force: true }));

it("finds Next's runtime and every route's entry scripts, each once", () => {
  const names = upFrontScripts(distDir).map((file) => path.relative(distDir, file));
  expect(names.sort()).toEqual([
    "static/chunks/layout.js",
    "static/chunks/quiz.js",
    "static/chunks/react-dom.js",
    "static/chunks/router.js",
  ]);
});

it("puts the hint on the first line of those scripts and keeps the script after it", () => {
  expect(addCompileHints(distDir)).toBe(4);
  expect(read("static/chunks/react-dom.js")).toBe(`${COMPILE_HINT}console.log("react-dom");`);
  expect(read("static/chunks/quiz.js")).toBe(`${COMPILE_HINT}console.log("quiz");`);
  expect(COMPILE_HINT).toBe("//# allFunctionsCalledOnLoad\n");
});

it("leaves scripts imported later, old-browser polyfills, stylesheets and server code alone, and no temp files behind", () => {
  addCompileHints(distDir);
  expect(read("static/chunks/zod-imported-later.js")).toBe(`console.log("zod-imported-later");`);
  expect(read("static/chunks/polyfill.js")).toBe(`console.log("polyfill");`);
  expect(read("static/chunks/styles.css")).toBe("body{margin:0}");
  expect(read("server/app/page.js")).toBe("module.exports = 1;");
  expect(fs.readdirSync(path.join(distDir, "static", "chunks")).filter((name) => name.endsWith(".tmp"))).toEqual([]);
});

it("changes nothing when run again on the same build", () => {
  addCompileHints(distDir);
  expect(addCompileHints(distDir)).toBe(0);
  expect(read("static/chunks/router.js").split(COMPILE_HINT).length).toBe(2);
});

it("fails loudly when there is no build, or when the manifests name no scripts", () => {
  expect(() => addCompileHints(path.join(distDir, "missing"))).toThrow(/No build in .*missing/);
  write("build-manifest.json", JSON.stringify({ rootMainFiles: [] }));
  fs.rmSync(path.join(distDir, "server"), { recursive: true });
  expect(() => addCompileHints(distDir)).toThrow(/Found no page scripts/);
});

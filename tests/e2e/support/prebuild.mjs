// Called from tests/support/global-setup.mjs. When browser tests are part of this jest run, build
// the store into .next-e2e once, before any test file starts (a build uses both cores for about a
// minute, which would otherwise slow every test running beside it). The outcome reaches the test
// files through the environment, which jest's workers inherit:
//   STORE_E2E_PREBUILT=1      the build is current; test files start the server right away;
//   STORE_E2E_BUILD_ERROR=... the build failed; browser tests fail with this message, the rest run.
// JEST_SKIP_E2E=1 leaves browser tests out of the run (jest.config.js) and skips the build.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const E2E_DIR = path.join("tests", "e2e");
const E2E_TEST = /\.e2e\.test\.ts$/;

/** @param {import("jest").GlobalConfig | undefined} globalConfig */
export async function prebuildForBrowserTests(globalConfig) {
  if (process.env.JEST_SKIP_E2E === "1") return;
  const rootDir = globalConfig?.rootDir ?? process.cwd();
  if (!browserTestsInRun(globalConfig, rootDir)) return;
  const started = Date.now();
  const { code, output } = await runBuild(rootDir);
  const seconds = Math.round((Date.now() - started) / 1000);
  if (code === 0) {
    process.env.STORE_E2E_PREBUILT = "1";
    if (/^built$/m.test(output))
      process.stdout.write(`\nBuilt the store for browser tests in ${seconds} s (.next-e2e).\n`);
  } else {
    process.env.STORE_E2E_BUILD_ERROR = summarizeFailure(output) || `exit code ${code}`;
    process.stdout.write(
      `\nThe store build for browser tests failed after ${seconds} s; browser tests will fail with its output.\n`,
    );
  }
}

/**
 * Whether any browser test file matches this run's path patterns (`npx jest tests/unit` has none).
 * Runs that pick files another way (--onlyChanged, --findRelatedTests, --listTests) build lazily
 * in the test file instead, if it turns out to run.
 * @param {import("jest").GlobalConfig | undefined} globalConfig
 * @param {string} rootDir
 */
function browserTestsInRun(globalConfig, rootDir) {
  if (
    globalConfig?.onlyChanged ||
    globalConfig?.findRelatedTests ||
    globalConfig?.listTests ||
    globalConfig?.lastCommit ||
    globalConfig?.changedSince
  )
    return false;
  const files = listFiles(path.join(rootDir, E2E_DIR)).filter((file) => E2E_TEST.test(file));
  if (files.length === 0) return false;
  const raw = globalConfig?.testPathPatterns;
  const patterns = Array.isArray(raw) ? raw : (raw?.patterns ?? []);
  if (patterns.length === 0) return true;
  // Jest matches each pattern as a case-insensitive regex against the path (relative or absolute).
  return files.some((file) =>
    patterns.some((pattern) => {
      const regex = new RegExp(pattern.replace(/^\.\//, "^"), "i");
      return regex.test(path.relative(rootDir, file)) || regex.test(file);
    }),
  );
}

/**
 * The lines that say what broke (type errors, failed steps), not pages of bundler warnings.
 * @param {string} output
 */
function summarizeFailure(output) {
  const lines = output.split("\n");
  const first = lines.findIndex((line) => /error TS\d+|Failed to|Error:/.test(line));
  return first >= 0 ? lines.slice(first, first + 60).join("\n") : output.slice(-4_000);
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/**
 * @param {string} rootDir
 * @returns {Promise<{ code: number | null; output: string }>}
 */
function runBuild(rootDir) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(E2E_DIR, "support", "build-store-cli.ts")], {
      cwd: rootDir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("close", (code) => resolve({ code, output }));
  });
}

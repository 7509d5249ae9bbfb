import crypto from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { addCompileHints } from "./compile-hints";

// `npm start` builds only when the sources differ from the last build, so a second start is quick.
// The browser tests reuse this with their own output folder (.next-e2e).
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "scripts/lib/compile-hints.ts",
  "proxy.ts",
  "instrumentation.ts",
  "prisma/schema.prisma",
  "next.config.js",
  "package-lock.json",
  "postcss.config.mjs",
];
const SKIP = new Set(["generated", "node_modules"]);

type BuildOptions = {
  /** Next's output folder (next.config.js reads NEXT_DIST_DIR); defaults to NEXT_DIST_DIR or .next. */
  distDir?: string;
  /** Keep the build's output to ourselves and put its tail in the error if it fails (test runs). */
  quiet?: boolean;
};

/**
 * Builds when needed; `onChild` receives the build process so a Ctrl-C can stop it.
 * Resolves true when it built, false when the last build was still current.
 */
export async function buildIfNeeded(
  onChild: (child: ChildProcess) => void,
  options: BuildOptions = {},
): Promise<boolean> {
  const distDir = options.distDir || process.env.NEXT_DIST_DIR || ".next";
  const stamp = buildStampPath(distDir);
  const fingerprint = fingerprintSources();
  const built = fs.existsSync(path.join(distDir, "BUILD_ID")) && readStamp(stamp) === fingerprint;
  if (built) return false;
  if (!options.quiet) console.log("Building the store (first start or changed sources)...");
  const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...(options.quiet ? { NO_COLOR: "1" } : {}),
    },
  });
  onChild(child);
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-30_000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  // "close", not "exit": it waits for the piped output too.
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  if (code !== 0) throw new Error(`The build failed (exit code ${code}).${options.quiet ? `\n${output}` : ""}`);
  addCompileHints(distDir);
  fs.writeFileSync(stamp, fingerprint);
  return true;
}

/** Where a build records the sources it was made from; `npm run build` writes it too (scripts/build.ts). */
export function buildStampPath(distDir: string): string {
  return path.join(distDir, "source-fingerprint");
}

function readStamp(stamp: string): string | null {
  return fs.existsSync(stamp) ? fs.readFileSync(stamp, "utf8") : null;
}

export function fingerprintSources(): string {
  const hash = crypto.createHash("sha256");
  for (const file of SOURCES.flatMap(listFiles).sort()) {
    hash.update(file);
    hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry)
    .filter((name) => !SKIP.has(name))
    .flatMap((name) => listFiles(path.join(entry, name)));
}

import crypto from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// `npm start` builds only when the sources differ from the last build, so a second start is quick.
const SOURCES = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.js", "package-lock.json", "postcss.config.mjs"];
const SKIP = new Set(["generated", "node_modules"]);
const STAMP = path.join(".next", "source-fingerprint");

/** Builds when needed; `onChild` receives the build process so a Ctrl-C can stop it. */
export async function buildIfNeeded(onChild: (child: ChildProcess) => void): Promise<void> {
  const fingerprint = fingerprintSources();
  const built = fs.existsSync(path.join(".next", "BUILD_ID")) && readStamp() === fingerprint;
  if (built) return;
  console.log("Building the store (first start or changed sources)...");
  const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  onChild(child);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`The build failed (exit code ${code}).`);
  fs.writeFileSync(STAMP, fingerprint);
}

function readStamp(): string | null {
  return fs.existsSync(STAMP) ? fs.readFileSync(STAMP, "utf8") : null;
}

function fingerprintSources(): string {
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

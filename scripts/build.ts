// `npm run build`: Next's production build, then the compile hints every build of the store
// gets (scripts/lib/compile-hints.ts). `npm start` builds through build-if-needed.ts instead, and
// serves this build without building again: it is recorded the same way.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { buildStampPath, fingerprintSources } from "./lib/build-if-needed";
import { addCompileHints } from "./lib/compile-hints";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const fingerprint = fingerprintSources();
const build = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build", ...process.argv.slice(2)], {
  stdio: "inherit",
});
if (build.status !== 0) process.exit(build.status ?? 1);
const changed = addCompileHints(distDir);
console.log(`Compile hints added to ${changed} browser scripts.`);
fs.writeFileSync(buildStampPath(distDir), fingerprint);

// `npm run build`: Next's production build, then the compile hints every build of the store
// gets (scripts/lib/compile-hints.ts). `npm start` builds through build-if-needed.ts instead.
import { spawnSync } from "node:child_process";
import { addCompileHints } from "./lib/compile-hints";

const build = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build", ...process.argv.slice(2)], {
  stdio: "inherit",
});
if (build.status !== 0) process.exit(build.status ?? 1);
const changed = addCompileHints(process.env.NEXT_DIST_DIR || ".next");
console.log(`Compile hints added to ${changed} browser scripts.`);

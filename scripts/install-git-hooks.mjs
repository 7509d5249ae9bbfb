// Points git at the project's hooks (.githooks/pre-commit) when this is a git checkout; a copy
// without .git (an npm pack, a Docker build context) has nothing to install into, and that's fine.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

if (fs.existsSync(".git")) {
  try {
    execFileSync("git", ["config", "core.hooksPath", ".githooks"], { stdio: "ignore" });
  } catch {
    // git itself isn't installed: nothing to hook into.
  }
}

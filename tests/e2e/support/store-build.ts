import fs from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "../../../scripts/lib/build-if-needed";
import { waitFor } from "../../support/wait-for";

// The browser tests run the production build (scripts/serve.ts), built into its own folder so they
// never disturb `npm start`'s .next or a developer's .next-<name>. One build serves every test
// file in a run; a lock keeps two runs (or two workers) from building into it at once.

export const E2E_DIST_DIR = ".next-e2e";

const LOCK_DIR = path.join(".data", "e2e-build.lock");
/** A build takes about a minute on 2 cores; waiting longer than this means something is stuck. */
const LOCK_WAIT_MS = 10 * 60_000;

/** Builds the store into .next-e2e unless the sources match the last build. True if it built. */
export async function buildStoreForBrowserTests(): Promise<boolean> {
  return withBuildLock(() => buildIfNeeded(() => {}, { distDir: E2E_DIST_DIR, quiet: true }));
}

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(LOCK_DIR), { recursive: true });
  await waitFor(`another build of ${E2E_DIST_DIR} to finish (lock: ${LOCK_DIR})`, async () => tryTakeLock(), {
    timeoutMs: LOCK_WAIT_MS,
    intervalMs: 500,
  });
  try {
    return await work();
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/** mkdir is atomic, so exactly one process gets the lock; a dead owner's lock is taken over. */
function tryTakeLock(): boolean {
  try {
    fs.mkdirSync(LOCK_DIR);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    if (!isLockAbandoned()) return false;
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
    return tryTakeLock();
  }
  fs.writeFileSync(path.join(LOCK_DIR, "pid"), String(process.pid));
  return true;
}

function isLockAbandoned(): boolean {
  const pidFile = path.join(LOCK_DIR, "pid");
  if (!fs.existsSync(pidFile)) {
    // The owner writes its pid right after mkdir; a lock without one for 10 s was left half-made.
    return existsOlderThan(LOCK_DIR, 10_000);
  }
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else, so the lock is live.
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

function existsOlderThan(entry: string, ms: number): boolean {
  try {
    return Date.now() - fs.statSync(entry).mtimeMs > ms;
  } catch {
    return false;
  }
}

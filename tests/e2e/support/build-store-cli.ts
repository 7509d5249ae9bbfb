// Run by tests/e2e/support/prebuild.mjs from jest's globalSetup: `node --import tsx <this file>`.
import { buildStoreForBrowserTests } from "./store-build";

buildStoreForBrowserTests().then(
  (built) => process.stdout.write(built ? "built\n" : "up to date\n"),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

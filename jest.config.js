// Jest through next/jest (SWC transform). Every test file gets its own PostgreSQL database,
// copied from a migrated template by tests/support/postgres-environment.js.
const nextJest = require("next/jest.js");

const createJestConfig = nextJest({ dir: "./" });

module.exports = createJestConfig({
  testEnvironment: "<rootDir>/tests/support/postgres-environment.js",
  globalSetup: "<rootDir>/tests/support/global-setup.mjs",
  globalTeardown: "<rootDir>/tests/support/global-teardown.mjs",
  setupFilesAfterEnv: ["<rootDir>/tests/support/fail-on-console-error.ts"],
  testMatch: ["<rootDir>/tests/**/*.test.ts", "<rootDir>/tests/**/*.test.tsx"],
  // JEST_SKIP_E2E=1 leaves out the browser tests (tests/e2e), which need a ~60 s production build.
  testPathIgnorePatterns: process.env.JEST_SKIP_E2E === "1" ? ["<rootDir>/tests/e2e/"] : [],
  moduleNameMapper: {
    "^server-only$": "<rootDir>/tests/support/empty-module.js",
    "^@/(.*)$": "<rootDir>/$1",
  },
  testTimeout: 30_000,
});

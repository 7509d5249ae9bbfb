// Jest through next/jest (SWC transform), as two projects:
// - "unit" (tests/unit): plain Node, no database. `npx jest tests/unit` starts no PostgreSQL.
// - "integration" (tests/integration, tests/e2e): every test file gets its own PostgreSQL database,
//   copied from a migrated template by tests/support/postgres-environment.js. Its globalSetup starts
//   PostgreSQL, and Jest runs it only when the run includes a file of this project.
// next/jest's types declare an ES default export; required from CommonJS, the module is the function.
const nextJest = /** @type {typeof import("next/jest.js").default} */ (
  /** @type {unknown} */ (require("next/jest.js"))
);

const createJestConfig = nextJest({ dir: "./" });

const TEST_TIMEOUT_MS = 30_000;

const shared = {
  setupFilesAfterEnv: ["<rootDir>/tests/support/fail-on-console-output.ts"],
  moduleNameMapper: {
    "^server-only$": "<rootDir>/tests/support/empty-module.js",
    "^@/(.*)$": "<rootDir>/$1",
  },
  testTimeout: TEST_TIMEOUT_MS,
};

const unit = {
  ...shared,
  displayName: "unit",
  testEnvironment: "node",
  testMatch: ["<rootDir>/tests/unit/**/*.test.ts", "<rootDir>/tests/unit/**/*.test.tsx"],
};

const integration = {
  ...shared,
  displayName: "integration",
  testEnvironment: "<rootDir>/tests/support/postgres-environment.js",
  globalSetup: "<rootDir>/tests/support/global-setup.mjs",
  globalTeardown: "<rootDir>/tests/support/global-teardown.mjs",
  testMatch: [
    "<rootDir>/tests/integration/**/*.test.ts",
    "<rootDir>/tests/integration/**/*.test.tsx",
    "<rootDir>/tests/e2e/**/*.test.ts",
  ],
  // JEST_SKIP_E2E=1 leaves out the browser tests (tests/e2e), which need a ~60 s production build.
  testPathIgnorePatterns: process.env.JEST_SKIP_E2E === "1" ? ["<rootDir>/tests/e2e/"] : [],
};

module.exports = async () => ({
  testTimeout: TEST_TIMEOUT_MS,
  projects: [await createJestConfig(unit)(), await createJestConfig(integration)()],
});

import { spawn } from "node:child_process";
import path from "node:path";

// Settings are validated when a server starts, not at the first request (decision 0018): a bad
// setting stops scripts/serve.ts, `npm start` and `npm run worker` before they start anything,
// with exit status 1 and one line per problem that names the setting.

const ROOT = path.resolve(__dirname, "../../..");

type Run = { code: number | null; stderr: string; stdout: string };

function run(script: string, env: Record<string, string | undefined>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const environment: NodeJS.ProcessEnv = { ...process.env, ...env };
    for (const [name, value] of Object.entries(env)) if (value === undefined) delete environment[name];
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", script)], {
      cwd: ROOT,
      env: environment,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 25_000);
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const BAD = {
  TRUSTED_PROXIES: "garbage",
  METRICS_TOKEN: "too-short",
  DATABASE_URL: "not a url",
  WEB_CONCURRENCY: "lots",
};

function problemLines(stderr: string): string[] {
  return stderr.split("\n").filter((line) => line.startsWith("Invalid setting "));
}

it("stops the production server before it starts, one line per bad setting", async () => {
  const { code, stdout, stderr } = await run("serve.ts", BAD);
  expect(code).toBe(1);
  const lines = problemLines(stderr);
  expect(lines).toHaveLength(4);
  expect(lines).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^Invalid setting TRUSTED_PROXIES: "garbage" is not an IP address/),
      expect.stringMatching(/^Invalid setting METRICS_TOKEN: must be at least 32 characters/),
      "Invalid setting DATABASE_URL: must be a postgresql:// URL",
      "Invalid setting WEB_CONCURRENCY: must be a whole number from 1 to 64",
    ]),
  );
  // Nothing else started: no Next, no listening line.
  expect(stdout).not.toMatch(/Ready in/);
  // The token itself is never repeated.
  expect(stderr).not.toContain("too-short");
});

it("stops `npm start` before any database or build, with a missing DATABASE_URL left to the embedded one", async () => {
  const { code, stderr, stdout } = await run("start.ts", {
    DATABASE_URL: undefined,
    TRUSTED_PROXIES: "10.0.0.0/99",
    LOG_LEVEL: "chatty",
  });
  expect(code).toBe(1);
  expect(problemLines(stderr)).toEqual([
    expect.stringMatching(/^Invalid setting TRUSTED_PROXIES: "10\.0\.0\.0\/99" is not/),
    "Invalid setting LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent",
  ]);
  expect(stdout).not.toMatch(/Embedded PostgreSQL/);
});

it("stops the job worker the same way", async () => {
  const { code, stderr } = await run("worker.ts", { SHUTDOWN_TIMEOUT_MS: "-1", METRICS_TOKEN: "x".repeat(31) });
  expect(code).toBe(1);
  expect(problemLines(stderr)).toEqual([
    expect.stringMatching(/^Invalid setting METRICS_TOKEN: must be at least 32 characters/),
    expect.stringMatching(/^Invalid setting SHUTDOWN_TIMEOUT_MS: must be a whole number/),
  ]);
});

it("starts past the check when the settings are good (the missing database is the next thing to fail)", async () => {
  const { code, stderr } = await run("serve.ts", {
    DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none",
    WEB_CONCURRENCY: "1",
    METRICS_TOKEN: "m".repeat(32),
  });
  expect(problemLines(stderr)).toEqual([]);
  expect(code).toBe(1);
}, 60_000);

import { envProblems } from "@/lib/env";

// Settings are checked when a server starts (scripts/serve.ts, start.ts, worker.ts), not at the
// first request that needs them: each problem is one line on stderr naming the setting, and the
// process exits with status 1 before it starts anything (decision 0018).

export function exitOnConfigProblems(options: { databaseUrlOptional?: boolean } = {}): void {
  const problems = envProblems(process.env, options);
  if (problems.length === 0) return;
  for (const problem of problems) process.stderr.write(`Invalid setting ${problem}\n`);
  process.stderr.write(
    `Not started: ${problems.length === 1 ? "fix the setting" : `fix the ${problems.length} settings`} above (README, Environment).\n`,
  );
  process.exit(1);
}

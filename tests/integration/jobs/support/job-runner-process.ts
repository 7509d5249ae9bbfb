// A second app instance's job runner, as its own process: started by the two-instance tests with
// `node --import tsx`, through the same startJobs() as `npm run worker` and the web servers, on the
// options in JOB_RUNNER_OPTIONS (JSON: the tests' timings). It says "ready" once it takes jobs, and
// stops on SIGTERM; the tests also SIGKILL it, to crash it mid-send.
import { startJobs } from "../../../../scripts/lib/start-jobs";

async function main(): Promise<void> {
  const runner = await startJobs(JSON.parse(process.env.JOB_RUNNER_OPTIONS ?? "{}"));
  console.log("ready");
  process.once("SIGTERM", () => void runner.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

import type { JobRunner, JobRunnerOptions } from "../../lib/jobs/start-job-runner";
import { allowServerOnlyImports } from "./allow-server-only";

/**
 * Starts the job runner (lib/jobs) in this process, for the production server (scripts/serve.ts)
 * and `npm run worker`. lib/ is loaded only here, after the server-only shim is in place.
 */
export async function startJobs(options?: JobRunnerOptions): Promise<JobRunner> {
  allowServerOnlyImports();
  const { startJobRunner } = await import("../../lib/jobs/start-job-runner");
  return startJobRunner(options);
}

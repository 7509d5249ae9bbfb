import { startJobRunner, type JobRunner, type JobRunnerOptions } from "@/lib/jobs/start-job-runner";

// The job runner for a test file, on test timings: workers ask for jobs every half second,
// schedules and dead runners are checked every second, and retries come seconds apart instead of
// minutes. Everything else (queues, handlers, schedules, dead jobs) is the production runner.

export const TEST_RUNNER_OPTIONS: JobRunnerOptions = {
  pollingIntervalSeconds: 0.5,
  checkIntervalSeconds: 1,
  retry: { retryDelay: 1, retryDelayMax: 2 },
  stopTimeoutMs: 2_000,
};

/** Starts a runner (against this file's database) before the file's tests and stops it after them. */
export function useJobRunner(options: JobRunnerOptions = {}): { runner: JobRunner | null } {
  const holder: { runner: JobRunner | null } = { runner: null };
  beforeAll(async () => {
    holder.runner = await startJobRunner({ ...TEST_RUNNER_OPTIONS, ...options });
  });
  afterAll(async () => {
    await holder.runner?.stop();
  });
  return holder;
}

// `npm run worker`: the job runner on its own (lib/jobs, decision 0017), for a machine that serves
// no pages, or next to web servers started with JOB_RUNNER=off. `npm start` runs the runner inside
// each web server process, and `npm run dev` starts this next to `next dev`. It needs DATABASE_URL,
// migrated (npm run db:migrate), and the same settings as the web servers (SMTP_URL, EMAIL_FROM,
// SITE_URL…): the emails it sends are theirs. Ctrl-C or SIGTERM stops it after the jobs in hand.
import { exitOnConfigProblems } from "../lib/ops/validate-config";
import { startJobs } from "./lib/start-jobs";
import { stopWithParent } from "./lib/stop-with-parent";

/** A job in hand gets this long to finish on stop; after that it is failed and retried elsewhere. */
const STOP_TIMEOUT_MS = 30_000;

async function main(): Promise<void> {
  exitOnConfigProblems({ databaseUrlOptional: true }); // One line per bad setting (decision 0018).
  if (!process.env.DATABASE_URL)
    throw new Error(
      "DATABASE_URL is not set: point it at the store's database (npm start runs the job runner itself).",
    );
  const runner = await startJobs({ stopTimeoutMs: STOP_TIMEOUT_MS });
  console.log("Job runner started (Ctrl-C to stop).");
  stopWithParent(() => {
    void runner.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Job runner didn't stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

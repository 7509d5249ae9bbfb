import { JobRetryButton } from "@/components/admin/job-retry-button";
import { queueLabel } from "@/lib/admin/jobs/job-labels";
import { listTroubledJobs, type TroubledJob } from "@/lib/jobs/list-troubled-jobs";
import { readQueueCounts } from "@/lib/jobs/read-queue-counts";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Jobs" };

const utc = (date: Date) => date.toISOString().slice(0, 19).replace("T", " ");

/**
 * The background jobs (decision 0017): how many each queue has in each state, and the ones that
 * failed, with their error. A failing job is tried again by itself; a dead one is out of tries and
 * waits for someone to press Retry. Always read fresh: a retried job leaves the list at once.
 */
export default async function JobsPage() {
  await requireStaff();
  const [counts, troubled] = await Promise.all([readQueueCounts(), listTroubledJobs()]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Jobs</h1>
      <section aria-labelledby="queues-heading" className="space-y-3">
        <h2 id="queues-heading" className="text-xl font-semibold">
          Queues
        </h2>
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-brand-100">
              <th scope="col" className="py-2">
                Job
              </th>
              <th scope="col">Queued</th>
              <th scope="col">Running</th>
              <th scope="col">Failed, retrying</th>
              <th scope="col">Dead</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((row) => (
              <tr key={row.queue} className="border-b border-brand-50">
                <th scope="row" className="py-2 font-normal">
                  {queueLabel(row.queue)}
                </th>
                <td>{row.queued}</td>
                <td>{row.active}</td>
                <td>{row.failed}</td>
                <td className={row.dead > 0 ? "font-semibold text-red-900" : ""}>{row.dead}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm text-muted">
          A failed job is tried again by itself, a little later each time. A dead job has used all its tries and waits
          for you: fix the cause (a mail server&apos;s settings, say), then retry it.
        </p>
      </section>
      <section aria-labelledby="troubled-heading" className="space-y-3">
        <h2 id="troubled-heading" className="text-xl font-semibold">
          Failed and dead jobs
        </h2>
        {troubled.length === 0 ? (
          <p>No failed or dead jobs. Everything queued has run or is on its way.</p>
        ) : (
          <ul className="space-y-4">
            {troubled.map((job) => (
              <TroubledJobItem key={job.id} job={job} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function TroubledJobItem({ job }: { job: TroubledJob }) {
  const label = queueLabel(job.queue);
  const emailId = typeof job.data?.emailId === "string" ? job.data.emailId : null;
  return (
    <li className="space-y-2 rounded border border-brand-100 p-4">
      <p className="font-semibold">
        {label}
        {emailId ? ` (email ${emailId})` : ""}: {job.state === "dead" ? "dead" : "failed, will retry"}
      </p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">{job.state === "dead" ? "Gave up (UTC)" : "Last tried (UTC)"}</dt>
        <dd>{utc(job.at)}</dd>
        <dt className="text-muted">Tries</dt>
        <dd>{job.attempts}</dd>
        {job.retryAt ? (
          <>
            <dt className="text-muted">Next try (UTC)</dt>
            <dd>{utc(job.retryAt)}</dd>
          </>
        ) : null}
        <dt className="text-muted">Error</dt>
        <dd className="break-words">{job.error || "No error recorded."}</dd>
      </dl>
      {job.state === "dead" ? (
        <JobRetryButton jobId={job.id} label={`Retry: ${label}${emailId ? ` (email ${emailId})` : ""}`} />
      ) : null}
    </li>
  );
}

import "server-only";
import { getDb } from "@/lib/db";
import { reopenFailedEmail } from "@/lib/email/reopen-failed-email";
import { getJobQueue } from "@/lib/job-queue/job-queue";
import { JOB_SCHEMA } from "@/lib/job-queue/job-schema";
import { DEAD_JOBS, SEND_EMAIL } from "@/lib/job-queue/queues";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { AdminError } from "../admin-error";

type DeadJob = { queue: string; data: { emailId?: unknown } | null };

/**
 * A dead job back to its own queue, as a new job with a fresh set of tries (pg-boss's redrive),
 * for the Retry button of the admin's Jobs page. An email's job first puts its FAILED email back
 * to waiting: if the redrive were lost after that, the next outbox sweep would send it anyway. Two
 * staff retrying the same job at once move it once: the other is told it is gone. Audited.
 */
export async function retryDeadJob(actor: StaffActor, jobId: string): Promise<{ queue: string }> {
  const [job] = await getDb().$queryRawUnsafe<DeadJob[]>(
    `SELECT source_name AS queue, data FROM ${JOB_SCHEMA}.job
     WHERE name = $1 AND id = $2::uuid AND state < 'active' AND source_name IS NOT NULL`,
    DEAD_JOBS,
    jobId,
  );
  if (!job) throw gone();
  const emailId = job.queue === SEND_EMAIL && typeof job.data?.emailId === "string" ? job.data.emailId : null;
  const emailReopened = emailId ? await reopenFailedEmail(emailId) : false;
  const boss = await getJobQueue();
  if ((await boss.redrive(DEAD_JOBS, { ids: [jobId], limit: 1 })) === 0) throw gone();
  await writeAudit({
    actorId: actor.userId,
    action: "job.retry",
    entityType: "Job",
    entityId: jobId,
    before: { queue: job.queue, state: "dead" },
    after: { state: "queued", ...(emailId ? { emailId, emailReopened } : {}) },
    ip: actor.ip,
  });
  return { queue: job.queue };
}

function gone(): AdminError {
  return new AdminError(
    "That job isn't waiting for a retry any more: it was retried already, or it expired. Reload the page.",
    undefined,
    409,
  );
}

import "server-only";
import type { JobWithMetadata } from "pg-boss";
import { sendOutboxEmail } from "@/lib/email/send-outbox-email";
import type { SendEmailJobData } from "@/lib/job-queue/queues";

/**
 * SEND_EMAIL: sends one outbox email. A failure throws, and pg-boss tries again later with backoff;
 * on the job's last try (pg-boss counts them) the email is marked FAILED, and the job goes to the
 * dead jobs.
 */
export async function sendEmailJob(job: JobWithMetadata<SendEmailJobData>) {
  const outcome = await sendOutboxEmail(job.data.emailId, { lastAttempt: job.retryCount >= job.retryLimit });
  return { outcome };
}

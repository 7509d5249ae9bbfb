"use client";

import { retryJobAction } from "@/lib/admin/jobs/job-actions";
import { ActionButton } from "./action-button";
import { SECONDARY_BUTTON_CLASS } from "./field";

/** Sends a dead job back to its queue for a fresh set of tries. */
export function JobRetryButton({ jobId, label }: { jobId: string; label: string }) {
  return (
    <ActionButton
      label={label}
      pendingLabel="Retrying…"
      run={() => retryJobAction(jobId)}
      className={SECONDARY_BUTTON_CLASS}
    />
  );
}

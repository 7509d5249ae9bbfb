"use server";

import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import type { ActionState } from "@/lib/admin/action-state";
import { retryDeadJob } from "@/lib/admin/jobs/retry-dead-job";
import { runAdminAction } from "@/lib/admin/run-admin-action";

const jobId = z.uuid();

export async function retryJobAction(id: unknown): Promise<ActionState> {
  return runAdminAction("staff", [id], async (actor) => {
    await retryDeadJob(actor, jobId.parse(id));
    return { ok: true, message: "Queued again. The job runner takes it within seconds." };
  });
}

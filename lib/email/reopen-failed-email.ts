import "server-only";
import { getDb } from "@/lib/db";

/**
 * A FAILED email back to PENDING, for a staff member's retry from the admin's Jobs page. Its
 * attempts and last error stay, as its history. Returns false if it isn't FAILED (sent meanwhile,
 * or pruned).
 */
export async function reopenFailedEmail(id: string): Promise<boolean> {
  const reopened = await getDb().outboxEmail.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "PENDING", leaseUntil: null },
  });
  return reopened.count === 1;
}

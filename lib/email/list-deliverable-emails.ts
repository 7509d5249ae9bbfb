import "server-only";
import { getDb } from "@/lib/db";

/**
 * Outbox emails waiting to be sent that no sender holds (no lease, or one that ran out), oldest
 * first: the ones whose send job was never requested, was lost, or died with its sender.
 */
export async function listDeliverableEmails(limit: number): Promise<string[]> {
  const rows = await getDb().outboxEmail.findMany({
    where: { status: "PENDING", OR: [{ leaseUntil: null }, { leaseUntil: { lt: new Date() } }] },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

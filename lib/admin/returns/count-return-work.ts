import "server-only";
import { getDb } from "@/lib/db";
import type { StaffActor } from "@/lib/staff/staff-actor";

/**
 * The returns and refunds waiting on someone, for the dashboard: returns to review (REQUESTED),
 * on their way back (APPROVED) and to finish (RECEIVED), and refunds Stripe hasn't accepted yet
 * (pending with no Stripe id: the refund sweep retries them).
 */
export async function countReturnWork(_actor: StaffActor) {
  const db = getDb();
  const [byStatus, refundsWaiting] = await Promise.all([
    db.returnRequest.groupBy({
      by: ["status"],
      where: { status: { in: ["REQUESTED", "APPROVED", "RECEIVED"] } },
      _count: { _all: true },
    }),
    db.refund.count({ where: { status: "pending", stripeRefundId: null } }),
  ]);
  const count = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  return {
    toReview: count("REQUESTED"),
    onTheirWay: count("APPROVED"),
    toFinish: count("RECEIVED"),
    refundsWaiting,
  };
}

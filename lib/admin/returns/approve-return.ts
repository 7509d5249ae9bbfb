import "server-only";
import { enqueueOutboxDelivery } from "@/lib/job-queue/enqueue-outbox-delivery";
import { runTransaction } from "@/lib/run-transaction";
import { returnApprovedEmailText } from "@/lib/returns/return-emails";
import { getStoreSettings } from "@/lib/settings/get-store-settings";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { emailReturnShopper } from "./email-return-shopper";
import { lockReturn, requireStatus } from "./lock-return";

/** REQUESTED → APPROVED, audited, and the shopper is emailed the address again. */
export async function approveReturn(actor: StaffActor, returnId: string): Promise<void> {
  const queued = await runTransaction(async (tx) => {
    const current = await lockReturn(tx, returnId);
    requireStatus(current, ["REQUESTED"], "approved");
    await tx.returnRequest.update({ where: { id: returnId }, data: { status: "APPROVED", approvedAt: new Date() } });
    await writeAudit(
      {
        actorId: actor.userId,
        action: "return.approve",
        entityType: "ReturnRequest",
        entityId: returnId,
        before: { status: current.status },
        after: { status: "APPROVED" },
        ip: actor.ip,
      },
      tx,
    );
    const { returnAddress } = await getStoreSettings(tx);
    return emailReturnShopper(tx, current, "approved", await returnApprovedEmailText(tx, returnId, returnAddress));
  });
  if (queued) await enqueueOutboxDelivery();
}

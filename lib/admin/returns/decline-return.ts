import "server-only";
import { enqueueOutboxDelivery } from "@/lib/job-queue/enqueue-outbox-delivery";
import { runTransaction } from "@/lib/run-transaction";
import { returnDeclinedEmailText } from "@/lib/returns/return-emails";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { emailReturnShopper } from "./email-return-shopper";
import { lockReturn, requireStatus } from "./lock-return";
import { declineReturnFormSchema } from "./return-form-schemas";
import { releaseExchangeHold } from "./release-exchange-hold";

/** The form's schema, shared with the browser (return-form-schemas.ts). */
export const declineReturnSchema = declineReturnFormSchema;

/**
 * REQUESTED or APPROVED → DECLINED with the reason the shopper is shown, audited; an exchange's
 * held pairs go back on sale in the same transaction, exactly once.
 */
export async function declineReturn(
  actor: StaffActor,
  returnId: string,
  input: unknown,
): Promise<{ released: boolean }> {
  const { reason } = declineReturnSchema.parse(input);
  const result = await runTransaction(async (tx) => {
    const current = await lockReturn(tx, returnId);
    requireStatus(current, ["REQUESTED", "APPROVED"], "declined");
    await tx.returnRequest.update({
      where: { id: returnId },
      data: { status: "DECLINED", declinedAt: new Date(), declineReason: reason },
    });
    const released = await releaseExchangeHold(tx, returnId);
    await writeAudit(
      {
        actorId: actor.userId,
        action: "return.decline",
        entityType: "ReturnRequest",
        entityId: returnId,
        before: { status: current.status },
        after: { status: "DECLINED", reason, exchangeReleased: released },
        ip: actor.ip,
      },
      tx,
    );
    const queued = await emailReturnShopper(tx, current, "declined", await returnDeclinedEmailText(tx, returnId));
    return { released, queued };
  });
  if (result.queued) await enqueueOutboxDelivery();
  return { released: result.released };
}

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueReturnEmail } from "@/lib/returns/queue-return-email";
import { returnStatusHref } from "@/lib/routes/storefront";
import type { LockedReturn } from "./lock-return";

/**
 * Writes the email for a step staff took on a return (approved, declined, received) to the outbox,
 * in the step's transaction, linking to the return's page. Once per return and step.
 */
export async function emailReturnShopper(
  tx: Prisma.TransactionClient,
  current: Pick<LockedReturn, "id" | "orderId">,
  step: "approved" | "declined" | "received",
  words: { subject: string; text: string },
): Promise<boolean> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: current.orderId },
    select: { id: true, accessToken: true, email: true },
  });
  return queueReturnEmail(tx, {
    kind: `return_${step}:${current.id}`,
    orderId: order.id,
    to: order.email,
    ...words,
    link: returnStatusHref(order, current.id),
  });
}

import "server-only";
import { getDb } from "@/lib/db";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { AdminError } from "../admin-error";
import { orderNoteSchema } from "./order-note-schema";

/**
 * Adds a staff note to an order, audited in the same transaction. Notes are never edited or
 * deleted: a correction is a new note, so the order's history reads in order.
 */
export async function addOrderNote(actor: StaffActor, orderId: string, input: unknown): Promise<void> {
  const { body } = orderNoteSchema.parse(input);
  await getDb().$transaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { id: orderId }, select: { id: true } });
    if (!order) throw new AdminError("That order doesn't exist.", undefined, 404);
    const note = await tx.orderNote.create({ data: { orderId, authorId: actor.userId, body }, select: { id: true } });
    await writeAudit(
      {
        actorId: actor.userId,
        action: "order.note",
        entityType: "Order",
        entityId: orderId,
        after: { noteId: note.id, body },
        ip: actor.ip,
      },
      tx,
    );
  });
}

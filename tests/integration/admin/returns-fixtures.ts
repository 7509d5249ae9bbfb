import { getDb } from "@/lib/db";
import type { ReturnReason, ReturnResolution, ReturnStatus } from "@/lib/generated/prisma/client";
import { createOrder } from "./fixtures";

// Returns for the staff pages' tests, written straight into the tables: these tests read what
// the queue, the return's page and the dashboard show, not how a return gets to its state (the
// state changes have their own tests).

export type ReturnFixture = {
  status?: ReturnStatus;
  resolution?: ReturnResolution;
  reason?: ReturnReason;
  email?: string;
  quantity?: number;
  comment?: string | null;
  createdAt?: Date;
};

/** A shipped order of `quantity` pairs and a return of all of them. */
export async function createReturn(fixture: ReturnFixture = {}) {
  const quantity = fixture.quantity ?? 1;
  const { order } = await createOrder("SHIPPED", { email: fixture.email ?? "returner@example.com", quantity });
  const db = getDb();
  const shipped = await db.order.update({
    where: { id: order.id },
    data: { shippedAt: new Date(), paidAt: new Date() },
    include: { lines: true },
  });
  const line = shipped.lines[0]!;
  const created = await db.returnRequest.create({
    data: {
      orderId: order.id,
      status: fixture.status ?? "REQUESTED",
      resolution: fixture.resolution ?? "refund",
      comment: fixture.comment ?? null,
      ...(fixture.createdAt ? { createdAt: fixture.createdAt } : {}),
      lines: { create: [{ orderLineId: line.id, quantity, reason: fixture.reason ?? "too_small" }] },
    },
    include: { lines: true },
  });
  return { order: shipped, line, returnRequest: created };
}

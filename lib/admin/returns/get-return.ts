import "server-only";
import { getDb } from "@/lib/db";
import type { StaffActor } from "@/lib/staff/staff-actor";

/**
 * A record id as the store makes them (cuid): anything else, a NUL byte included (PostgreSQL
 * refuses those in text, which would be a 500), can't name a return.
 */
const RECORD_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** A return with its order, lines, refunds, exchange order and staff history; null if unknown. */
export async function getAdminReturn(_actor: StaffActor, returnId: string) {
  if (!RECORD_ID.test(returnId)) return null;
  const db = getDb();
  const [found, history] = await Promise.all([
    db.returnRequest.findUnique({
      where: { id: returnId },
      select: {
        id: true,
        returnNumber: true,
        status: true,
        resolution: true,
        comment: true,
        declineReason: true,
        createdAt: true,
        approvedAt: true,
        declinedAt: true,
        receivedAt: true,
        refundedAt: true,
        exchangeShippedAt: true,
        restockedAt: true,
        exchangeReleasedAt: true,
        order: { select: { id: true, orderNumber: true, email: true, currency: true, status: true } },
        lines: {
          orderBy: { id: "asc" },
          select: {
            id: true,
            quantity: true,
            reason: true,
            resellableQuantity: true,
            orderLine: { select: { productName: true, sku: true, sizeLabel: true, widthCode: true } },
            exchangeVariant: { select: { sku: true, sizeLabel: true, widthCode: true } },
          },
        },
        refunds: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: {
            id: true,
            kind: true,
            amountCents: true,
            currency: true,
            status: true,
            stripeRefundId: true,
            attempts: true,
            lastError: true,
            createdAt: true,
          },
        },
        exchangeOrder: { select: { id: true, orderNumber: true, status: true, shippedAt: true } },
      },
    }),
    db.auditLog.findMany({
      where: { entityType: "ReturnRequest", entityId: returnId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, action: true, createdAt: true, actor: { select: { email: true } } },
    }),
  ]);
  return found ? { ...found, history } : null;
}

export type AdminReturn = NonNullable<Awaited<ReturnType<typeof getAdminReturn>>>;

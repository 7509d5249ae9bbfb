import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { isStorableText } from "@/lib/validation/storable-text";
import { readCustomerSummaries } from "./customer-summaries";

/**
 * One customer's summary (null when none of their orders is paid), every order placed with the
 * email in any case (newest first), and the returns on those orders; null when the email has no
 * order at all.
 */
export async function getCustomer(_actor: StaffActor, email: string) {
  if (!isStorableText(email)) return null;
  const db = getDb();
  const sameEmail = Prisma.sql`lower(o."email") = lower(${email})`;
  const matches = await db.$queryRaw<{ id: string }[]>`SELECT o."id" FROM "Order" o WHERE ${sameEmail}`;
  if (matches.length === 0) return null;
  const ids = matches.map((match) => match.id);
  const [{ customers }, orders, returns] = await Promise.all([
    readCustomerSummaries(sameEmail, { skip: 0, take: 1 }),
    db.order.findMany({
      where: { id: { in: ids } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        orderNumber: true,
        status: true,
        totalCents: true,
        currency: true,
        createdAt: true,
        exchangeFor: { select: { id: true } },
        refunds: { where: { status: "succeeded" }, select: { amountCents: true } },
        _count: { select: { lines: true } },
      },
    }),
    db.returnRequest.findMany({
      where: { orderId: { in: ids } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        returnNumber: true,
        status: true,
        resolution: true,
        createdAt: true,
        order: { select: { id: true, orderNumber: true } },
      },
    }),
  ]);
  return {
    email: email.toLowerCase(),
    summary: customers[0] ?? null,
    orders: orders.map(({ refunds, ...order }) => ({
      ...order,
      refundedCents: refunds.reduce((sum, refund) => sum + refund.amountCents, 0),
    })),
    returns,
  };
}

import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The orders the reports count as sales, for a SQL query whose "Order" row is aliased `o`: paid
 * (PAID or SHIPPED) with paidAt in [start, end). An exchange's order (a ReturnRequest points at
 * it as its exchangeOrder) that charged nothing is left out: it ships replacement pairs for a
 * sale already counted, so counting it would add a free order to the count and pull the average
 * down, and count the same pair as sold twice. A zero total from a discount is still a sale.
 */
export function countedOrdersWhere(start: Date, end: Date): Prisma.Sql {
  return Prisma.sql`o."status" IN ('PAID', 'SHIPPED')
    AND o."paidAt" >= ${start} AND o."paidAt" < ${end}
    AND NOT (o."totalCents" = 0 AND EXISTS (SELECT 1 FROM "ReturnRequest" x WHERE x."exchangeOrderId" = o."id"))`;
}

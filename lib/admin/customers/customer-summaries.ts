import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// What the customers list and a customer's page say about a customer, from one query so the two
// can't disagree. A customer is an email (compared in lower case: "Ann@x" and "ann@x" are one
// person) with at least one paid order.
//
// - Paid orders are PAID or SHIPPED. An exchange's order (a return points at it as its
//   exchangeOrder) is left out: it ships replacement pairs for a sale already counted, at no
//   charge, as the reports leave it out.
// - Spent is those orders' totals less their succeeded refunds. A paid order cancelled later is
//   CANCELLED, so neither its total nor its refund counts; it shows in the cancelled count.
// - Returns counts every return on any of the email's orders.

export type CustomerSummary = {
  email: string;
  paidOrders: number;
  cancelledOrders: number;
  spentCents: number;
  returns: number;
  lastOrderAt: Date;
};

type Row = {
  email: string;
  paidOrders: bigint;
  cancelledOrders: bigint;
  paidCents: bigint;
  refundedCents: bigint;
  returns: bigint;
  lastOrderAt: Date;
};

/** The customers whose orders pass `orderWhere` (a condition on "Order" aliased o), for a CTE. */
function customersCte(orderWhere: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH "perOrder" AS (
      SELECT lower(o."email") AS "email", o."status", o."totalCents", o."createdAt",
             (o."status" IN ('PAID', 'SHIPPED')
               AND NOT EXISTS (SELECT 1 FROM "ReturnRequest" x WHERE x."exchangeOrderId" = o."id")) AS "counted",
             (SELECT COALESCE(SUM(r."amountCents"), 0) FROM "Refund" r
               WHERE r."orderId" = o."id" AND r."status" = 'succeeded') AS "refunded",
             (SELECT COUNT(*) FROM "ReturnRequest" rr WHERE rr."orderId" = o."id") AS "returns"
        FROM "Order" o
       WHERE o."email" IS NOT NULL AND ${orderWhere}
    ),
    "customers" AS (
      SELECT "email",
             COUNT(*) FILTER (WHERE "counted") AS "paidOrders",
             COUNT(*) FILTER (WHERE "status" = 'CANCELLED') AS "cancelledOrders",
             COALESCE(SUM("totalCents") FILTER (WHERE "counted"), 0)::bigint AS "paidCents",
             COALESCE(SUM("refunded") FILTER (WHERE "counted"), 0)::bigint AS "refundedCents",
             COALESCE(SUM("returns"), 0)::bigint AS "returns",
             MAX("createdAt") FILTER (WHERE "counted") AS "lastOrderAt"
        FROM "perOrder"
       GROUP BY "email"
      HAVING COUNT(*) FILTER (WHERE "counted") > 0
    )`;
}

/** Customers, most recent paid order first (then by email, so pages don't shuffle), and how many there are. */
export async function readCustomerSummaries(
  orderWhere: Prisma.Sql,
  page: { skip: number; take: number },
): Promise<{ total: number; customers: CustomerSummary[] }> {
  const db = getDb();
  const cte = customersCte(orderWhere);
  const [counted, rows] = await Promise.all([
    db.$queryRaw<{ total: bigint }[]>`${cte} SELECT COUNT(*) AS "total" FROM "customers"`,
    db.$queryRaw<Row[]>`${cte}
      SELECT * FROM "customers" ORDER BY "lastOrderAt" DESC, "email" ASC LIMIT ${page.take} OFFSET ${page.skip}`,
  ]);
  return { total: Number(counted[0]?.total ?? 0), customers: rows.map(toSummary) };
}

function toSummary(row: Row): CustomerSummary {
  return {
    email: row.email,
    paidOrders: Number(row.paidOrders),
    cancelledOrders: Number(row.cancelledOrders),
    spentCents: Number(row.paidCents - row.refundedCents),
    returns: Number(row.returns),
    lastOrderAt: row.lastOrderAt,
  };
}

import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma, ReturnStatus } from "@/lib/generated/prisma/client";
import { parseOrderNumber } from "@/lib/orders/order-number";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { OPEN_RETURN_STATUSES, parseReturnNumber, RETURN_STATUSES, type ReturnFilters } from "./return-filters";

export const RETURNS_PAGE_SIZE = 50;

/**
 * What the search box matches. A bare number may be either kind, so it matches both; "R-1001"
 * only a return and "SS-1042" only an order. Anything else is part of the shopper's email.
 */
function searchConditions(q: string): Prisma.ReturnRequestWhereInput[] {
  const returnNumber = parseReturnNumber(q);
  const orderNumber = parseOrderNumber(q);
  return [
    ...(returnNumber === null ? [] : [{ returnNumber }]),
    ...(orderNumber === null ? [] : [{ order: { orderNumber } }]),
    { order: { email: { contains: q, mode: "insensitive" } } },
  ];
}

/** Everything but the status: the tabs count each status under the other filters. */
function otherFilters(filters: ReturnFilters): Prisma.ReturnRequestWhereInput {
  const where: Prisma.ReturnRequestWhereInput = {};
  if (filters.resolution) where.resolution = filters.resolution;
  if (filters.reason) where.lines = { some: { reason: filters.reason } };
  if (filters.q) where.OR = searchConditions(filters.q);
  return where;
}

function statusCondition(status: ReturnFilters["status"]): Prisma.ReturnRequestWhereInput {
  if (status === "any") return {};
  if (status === "open") return { status: { in: [...OPEN_RETURN_STATUSES] } };
  return { status };
}

export type ReturnStatusCounts = Record<ReturnStatus | "open" | "any", number>;

/** One page of returns, newest first, and how many there are in each status tab. */
export async function listReturns(_actor: StaffActor, filters: ReturnFilters) {
  const others = otherFilters(filters);
  const where: Prisma.ReturnRequestWhereInput = { AND: [others, statusCondition(filters.status)] };
  const db = getDb();
  const [total, returns, byStatus] = await Promise.all([
    db.returnRequest.count({ where }),
    db.returnRequest.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * RETURNS_PAGE_SIZE,
      take: RETURNS_PAGE_SIZE,
      select: {
        id: true,
        returnNumber: true,
        status: true,
        resolution: true,
        createdAt: true,
        order: { select: { id: true, orderNumber: true, email: true } },
        lines: { orderBy: { id: "asc" }, select: { quantity: true, reason: true } },
        // The latest refund says where the money is; earlier ones failed or were replaced.
        refunds: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { status: true } },
      },
    }),
    db.returnRequest.groupBy({ by: ["status"], where: others, _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries([...RETURN_STATUSES, "open", "any"].map((key) => [key, 0])) as ReturnStatusCounts;
  for (const row of byStatus) {
    counts[row.status] = row._count._all;
    counts.any += row._count._all;
    if ((OPEN_RETURN_STATUSES as readonly ReturnStatus[]).includes(row.status)) counts.open += row._count._all;
  }
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / RETURNS_PAGE_SIZE)),
    counts,
    returns: returns.map(({ lines, refunds, ...row }) => ({
      ...row,
      pairs: lines.reduce((sum, line) => sum + line.quantity, 0),
      reasons: [...new Set(lines.map((line) => line.reason))],
      refundStatus: refunds[0]?.status ?? null,
    })),
  };
}

import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { parseOrderNumber } from "@/lib/orders/order-number";
import type { OrderFilters } from "./order-filters";

export const ORDERS_PAGE_SIZE = 50;

/** What the search box matches: the order number exactly, or part of an email, name or SKU. */
function searchConditions(q: string): Prisma.OrderWhereInput[] {
  const orderNumber = parseOrderNumber(q);
  return [
    ...(orderNumber === null ? [] : [{ orderNumber }]),
    { email: { contains: q, mode: "insensitive" } },
    { shipName: { contains: q, mode: "insensitive" } },
    { lines: { some: { sku: { contains: q, mode: "insensitive" } } } },
  ];
}

/** One page of orders, newest first. Dates are whole UTC days, `to` inclusive. */
export async function listOrders(_actor: StaffActor, filters: OrderFilters) {
  const where: Prisma.OrderWhereInput = {};
  if (filters.status) where.status = filters.status;
  if (filters.q) where.OR = searchConditions(filters.q);
  if (filters.from || filters.to) {
    where.createdAt = {
      ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
      ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 24 * 60 * 60 * 1000) } : {}),
    };
  }
  const db = getDb();
  const [total, orders] = await Promise.all([
    db.order.count({ where }),
    db.order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * ORDERS_PAGE_SIZE,
      take: ORDERS_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        email: true,
        shipName: true,
        totalCents: true,
        currency: true,
        createdAt: true,
        paidAt: true,
        shippedAt: true,
        paidAfterReleaseAt: true,
        orderNumber: true,
        totalMismatchAt: true,
        _count: { select: { lines: true } },
      },
    }),
  ]);
  return { total, pageCount: Math.max(1, Math.ceil(total / ORDERS_PAGE_SIZE)), orders };
}

import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffActor } from "@/lib/staff/staff-actor";
import type { OrderFilters } from "./order-filters";

export const ORDERS_PAGE_SIZE = 50;

/** One page of orders, newest first. Dates are whole UTC days, `to` inclusive. */
export async function listOrders(_actor: StaffActor, filters: OrderFilters) {
  const where: Prisma.OrderWhereInput = {};
  if (filters.status) where.status = filters.status;
  if (filters.email) where.email = { contains: filters.email, mode: "insensitive" };
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

import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { isStorableText } from "@/lib/validation/storable-text";
import type { CustomerFilters } from "./customer-filters";
import { readCustomerSummaries } from "./customer-summaries";

export const CUSTOMERS_PAGE_SIZE = 50;

/** One page of customers, most recent order first; the search matches part of the email, any case. */
export async function listCustomers(_actor: StaffActor, filters: CustomerFilters) {
  // A search for a NUL byte or a broken character matches nothing, and PostgreSQL would refuse it.
  if (!isStorableText(filters.q)) return { total: 0, pageCount: 1, customers: [] };
  // strpos, not LIKE: a "%" or "_" typed in the search is a character to find, not a wildcard.
  const where = filters.q ? Prisma.sql`strpos(lower(o."email"), lower(${filters.q})) > 0` : Prisma.sql`TRUE`;
  const { total, customers } = await readCustomerSummaries(where, {
    skip: (filters.page - 1) * CUSTOMERS_PAGE_SIZE,
    take: CUSTOMERS_PAGE_SIZE,
  });
  return { total, pageCount: Math.max(1, Math.ceil(total / CUSTOMERS_PAGE_SIZE)), customers };
}

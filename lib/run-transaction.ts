import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { StoreError } from "@/lib/errors/store-error";

/**
 * Prisma's default is to give up after waiting 2 s for a connection, which a burst of shoppers on
 * a small machine exceeds (seen with 50 simultaneous carts). Wait up to 10 s; past that the
 * store really is overloaded, and the shopper gets a 503 to retry rather than a 500. In ms.
 */
const OPTIONS = { maxWait: 10_000, timeout: 15_000 };

export class ServiceBusyError extends StoreError {
  constructor() {
    super(503, "service_busy", { _: "The shop is very busy right now. Please try again in a moment." });
  }
}

/** An interactive transaction with the store's waiting limits; see OPTIONS. */
export async function runTransaction<T>(
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  options: { timeout?: number } = {},
): Promise<T> {
  try {
    return await getDb().$transaction(work, { ...OPTIONS, ...options });
  } catch (error) {
    // P2028: the transaction couldn't start (no connection within maxWait).
    if ((error as { code?: unknown }).code === "P2028") throw new ServiceBusyError();
    throw error;
  }
}

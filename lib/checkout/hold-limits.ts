import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { StoreError } from "@/lib/errors/store-error";
import { isPrivateAddress } from "@/lib/http/is-private-address";

// Limits on how much stock unpaid checkouts can hold (decision 0014). A hold lasts until Stripe's
// session expires (31 minutes), so without limits a script could hold a whole product from a few
// hundred requests and every real shopper would read "sold out". The numbers sit far above what a
// shopper does: a household buying for everyone checks out a handful of pairs, once.

/** Pairs one checkout may hold: more than anyone buys at once, a tenth of a large size run. */
export const MAX_PAIRS_PER_CHECKOUT = 12;
/**
 * Pairs that unpaid checkouts started from one address may hold at once: two full checkouts, so
 * two people behind one home or office connection never meet it.
 */
export const MAX_HELD_PAIRS_PER_ADDRESS = 24;
/** Checkouts one address may start in ADDRESS_WINDOW_MS, paid or not: stops open-expire-reopen churn. */
export const MAX_CHECKOUTS_PER_ADDRESS = 20;
/** The window for both address limits: a session's whole lifetime (31 min) plus a margin, in ms. */
export const ADDRESS_WINDOW_MS = 35 * 60 * 1000;

export const tooManyPairs = () =>
  new StoreError(409, "too_many_pairs", {
    cart: `One order can hold at most ${MAX_PAIRS_PER_CHECKOUT} pairs. Remove some pairs, or check out in two orders.`,
  });

const tooManyHolds = () =>
  new StoreError(429, "too_many_checkouts", {
    _: "There are already several unpaid checkouts from your connection holding shoes. Finish paying for one, or try again in half an hour when they have lapsed.",
  });

/**
 * Refuses a new hold of `pairs` pairs from `clientIp` if it would pass the address limits. Call in
 * the hold's transaction: the advisory lock makes checkouts from one address take turns, so
 * parallel requests can't all slip under the limit. An unknown or private address isn't limited
 * here: it is a proxy or this machine, and a limit on it would be a limit on every shopper at
 * once (set TRUSTED_PROXIES so the real address is seen). The per-checkout limit still applies.
 */
export async function assertAddressMayHold(
  tx: Prisma.TransactionClient,
  clientIp: string,
  pairs: number,
): Promise<void> {
  if (isPrivateAddress(clientIp)) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`checkout-hold:${clientIp}`}))`;
  const since = new Date(Date.now() - ADDRESS_WINDOW_MS);
  const rows = await tx.$queryRaw<{ held: number }[]>`
    SELECT COALESCE(SUM(l."quantity"), 0)::int AS "held"
    FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o."id"
    WHERE o."clientIp" = ${clientIp} AND o."createdAt" > ${since}
      AND o."stockReleasedAt" IS NULL AND o."status" IN ('PENDING', 'AWAITING_PAYMENT')`;
  const held = rows[0]?.held ?? 0;
  const checkouts = await tx.order.count({ where: { clientIp, createdAt: { gt: since } } });
  if (checkouts >= MAX_CHECKOUTS_PER_ADDRESS || held + pairs > MAX_HELD_PAIRS_PER_ADDRESS) throw tooManyHolds();
}

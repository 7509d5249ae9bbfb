import "server-only";
import { getDb } from "@/lib/db";
import { checkoutKey } from "@/lib/checkout/checkout-key";
import { expireCheckout } from "@/lib/checkout/expire-checkout";
import { loadCheckoutLines } from "@/lib/checkout/load-checkout-lines";

/**
 * A shopper who edits the cart after opening a Checkout Session and checks out again gets a new
 * order; the old one's session is expired first, so its hold doesn't make their own new checkout
 * look sold out. Failures are logged and skipped: the old session still expires by itself.
 */
export async function expireSupersededCheckouts(cartId: string, shipTo: string | null = null): Promise<void> {
  const cart = await loadCheckoutLines(getDb(), cartId);
  if (!cart) return;
  const currentKey = checkoutKey(cartId, cart.version, cart.lines, shipTo);
  const stale = await getDb().order.findMany({
    where: {
      cartId,
      status: "PENDING",
      stockReleasedAt: null,
      stripeSessionId: { not: null },
      NOT: { checkoutKey: currentKey },
    },
    select: { id: true, stripeSessionId: true },
  });
  for (const order of stale) {
    try {
      await expireCheckout(order.id, order.stripeSessionId as string);
    } catch (error) {
      console.warn(
        `Could not expire the earlier checkout of order ${order.id}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

import "server-only";
import { getDb } from "@/lib/db";
import { accessTokenMatches } from "@/lib/orders/order-access";
import { getStoreSettings } from "@/lib/settings/get-store-settings";

/**
 * One return as its shopper sees it (status, pairs, the slip's address), only with the order's
 * token. The shopper's own comment is staff-only and not read here.
 */
export async function getShopperReturn(orderId: string, returnId: string, token: string | null | undefined) {
  if (!/^[a-z0-9]{10,40}$/.test(orderId) || !/^[a-z0-9]{10,40}$/.test(returnId)) return null;
  const found = await getDb().returnRequest.findFirst({
    where: { id: returnId, orderId },
    select: {
      id: true,
      returnNumber: true,
      status: true,
      resolution: true,
      declineReason: true,
      createdAt: true,
      approvedAt: true,
      receivedAt: true,
      refundedAt: true,
      exchangeShippedAt: true,
      declinedAt: true,
      order: { select: { id: true, accessToken: true, orderNumber: true, shipName: true } },
      exchangeOrder: {
        select: { id: true, accessToken: true, orderNumber: true, carrier: true, trackingNumber: true },
      },
      refunds: {
        where: { status: { in: ["pending", "requires_action", "succeeded"] } },
        select: { amountCents: true, currency: true, status: true },
      },
      lines: {
        orderBy: { orderLine: { sku: "asc" } },
        select: {
          id: true,
          quantity: true,
          reason: true,
          orderLine: { select: { productName: true, sizeLabel: true, widthCode: true, sku: true } },
          exchangeVariant: { select: { sizeLabel: true, widthCode: true } },
        },
      },
    },
  });
  if (!found || !accessTokenMatches(found.order.accessToken, token)) return null;
  const { returnAddress } = await getStoreSettings();
  return { ...found, returnAddress };
}

/** The order page's list of its returns (already behind the order's token check). */
export async function listOrderReturns(orderId: string) {
  return getDb().returnRequest.findMany({
    where: { orderId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      returnNumber: true,
      status: true,
      resolution: true,
      createdAt: true,
      lines: { select: { quantity: true } },
    },
  });
}

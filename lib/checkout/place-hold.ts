import "server-only";
import type { OrderStatus, Prisma, TaxMode } from "@/lib/generated/prisma/client";
import { checkoutKey } from "@/lib/checkout/checkout-key";
import {
  emptyCart,
  mixedCurrency,
  noShippingTo,
  SoldOutError,
  unavailableLine,
  type SoldOutLine,
} from "@/lib/checkout/checkout-error";
import { loadCheckoutLines, type CheckoutLine } from "@/lib/checkout/load-checkout-lines";
import { assertAddressMayHold, MAX_PAIRS_PER_CHECKOUT, tooManyPairs } from "@/lib/checkout/hold-limits";
import { createAccessToken } from "@/lib/orders/order-access";
import { orderTotalCents } from "@/lib/checkout/order-totals";
import { offerShippingOptions } from "@/lib/orders/shipping-offer";
import { getStoreSettings } from "@/lib/settings/get-store-settings";
import { runTransaction } from "@/lib/run-transaction";
import { reserveCartDiscount, type ReservedDiscount } from "@/lib/discounts/discount-redemption";

export type HeldOrder = {
  id: string;
  status: OrderStatus;
  createdAt: Date;
  currency: string;
  totalCents: number;
  stripeSessionId: string | null;
  /** The tax setting and shipping offer copied when the order was made (decision 0019). */
  taxMode: TaxMode | null;
  shippingOptions: Prisma.JsonValue;
  /** The discount code reserved for this order and what it takes off (decision 0020); null: none. */
  discount?: ReservedDiscount | null;
  lines: {
    sku: string;
    productName: string;
    sizeLabel: string;
    widthCode: string;
    unitPriceCents: number;
    quantity: number;
  }[];
};

export type HoldResult = { order: HeldOrder; created: boolean };

const ORDER_SELECT = {
  id: true,
  status: true,
  createdAt: true,
  currency: true,
  totalCents: true,
  stripeSessionId: true,
  taxMode: true,
  shippingOptions: true,
  lines: {
    orderBy: { sku: "asc" },
    select: { sku: true, productName: true, sizeLabel: true, widthCode: true, unitPriceCents: true, quantity: true },
  },
  discountRedemption: { select: { discountCents: true, code: { select: { code: true } } } },
} as const;

type OrderRow = Prisma.OrderGetPayload<{ select: typeof ORDER_SELECT }>;

function toHeldOrder({ discountRedemption, ...order }: OrderRow): HeldOrder {
  return {
    ...order,
    discount: discountRedemption
      ? { code: discountRedemption.code.code, discountCents: discountRedemption.discountCents }
      : null,
  };
}

/**
 * One transaction: price the cart from the database, create the PENDING order with line
 * snapshots, and hold the stock with conditional decrements in SKU order (a fixed lock order, so
 * two checkouts can't deadlock). Every line is held or none is: any short line throws, which rolls
 * back the order and the decrements already made. If this cart version already has an order
 * (a double click), that order is returned instead (`created: false`). A new hold must fit the
 * limits of hold-limits.ts, for one checkout and for the address it came from. The cart's discount
 * code, if any, is reserved in the same transaction (lib/discounts/discount-redemption.ts).
 */
export async function placeHold(cartId: string, clientIp: string, shipTo: string | null = null): Promise<HoldResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await runTransaction((tx) => placeHoldIn(tx, cartId, clientIp, shipTo));
    } catch (error) {
      // Two identical requests raced on Order.checkoutKey: the loser reads the winner's order.
      if ((error as { code?: unknown }).code === "P2002" && attempt === 0) continue;
      throw error;
    }
  }
}

type Tx = Prisma.TransactionClient;

async function placeHoldIn(tx: Tx, cartId: string, clientIp: string, shipTo: string | null): Promise<HoldResult> {
  const cart = await loadCheckoutLines(tx, cartId);
  if (!cart || cart.lines.length === 0) throw emptyCart();
  const unavailable = cart.lines.find((line) => !line.purchasable);
  if (unavailable) throw unavailableLine(unavailable.sku);
  const currency = cart.lines[0]?.currency as string;
  if (cart.lines.some((line) => line.currency !== currency)) throw mixedCurrency();

  const key = checkoutKey(cartId, cart.version, cart.lines, shipTo);
  const existing = await tx.order.findUnique({ where: { checkoutKey: key }, select: ORDER_SELECT });
  if (existing) return { order: toHeldOrder(existing), created: false };
  const pairs = cart.lines.reduce((sum, line) => sum + line.quantity, 0);
  if (pairs > MAX_PAIRS_PER_CHECKOUT) throw tooManyPairs();
  await assertAddressMayHold(tx, clientIp, pairs);

  const lines = [...cart.lines].sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
  const linesCents = orderTotalCents(lines);
  // The offer and the tax setting are copied onto the order, so the session (and any retry of
  // it under the same idempotency key) is built from what was true when the shopper checked out.
  const rates = await tx.shippingRate.findMany({ where: { active: true }, orderBy: { id: "asc" } });
  const { taxMode } = await getStoreSettings(tx);
  const shippingOptions = offerShippingOptions(rates, { linesCents, currency, country: shipTo });
  if (shipTo !== null && shippingOptions.length === 0) throw noShippingTo(shipTo);
  const order = await tx.order.create({
    data: {
      accessToken: createAccessToken(),
      status: "PENDING",
      currency,
      // Until the session completes only the lines are known; the paid total adds shipping and tax.
      totalCents: linesCents,
      taxMode,
      shippingOptions,
      cartId,
      clientIp,
      checkoutKey: key,
      lines: { create: lines.map(snapshotLine) },
    },
    select: ORDER_SELECT,
  });
  const short = await holdStock(tx, lines);
  if (short.length > 0) throw new SoldOutError(short);
  // After the stock (the lock order is variants, then the code): a used-up code rolls it all back.
  const discount = await reserveCartDiscount(tx, cartId, order.id);
  return { order: { ...toHeldOrder(order), discount }, created: true };
}

function snapshotLine(line: CheckoutLine) {
  return {
    variantId: line.variantId,
    sku: line.sku,
    productName: line.productName,
    sizeLabel: line.sizeLabel,
    widthCode: line.widthCode,
    unitPriceCents: line.unitPriceCents,
    quantity: line.quantity,
  };
}

/** Conditional decrements; returns the lines that couldn't be held (all lines are tried, to name them all). */
async function holdStock(tx: Tx, lines: CheckoutLine[]): Promise<SoldOutLine[]> {
  const short: SoldOutLine[] = [];
  for (const line of lines) {
    const held = await tx.$executeRaw`
      UPDATE "Variant" SET "stock" = "stock" - ${line.quantity}, "updatedAt" = now()
      WHERE "id" = ${line.variantId} AND "stock" >= ${line.quantity}`;
    if (held === 1) continue;
    const current = await tx.variant.findUnique({ where: { id: line.variantId }, select: { stock: true } });
    short.push({
      sku: line.sku,
      productName: line.productName,
      requested: line.quantity,
      available: current?.stock ?? 0,
    });
  }
  return short;
}

import "server-only";
import { getDb } from "@/lib/db";
import { accessTokenMatches } from "@/lib/orders/order-access";
import { getStoreSettings } from "@/lib/settings/get-store-settings";
import { returnablePairs, returnWindowEnd } from "./returnable-pairs";

export type ExchangeOption = {
  variantId: string;
  /** "10 D", with "Men's" or "Women's" in front when the shoe is sold in both sizings. */
  label: string;
  sizeLabel: string;
  widthCode: string;
  inStock: boolean;
};

export type ReturnableLine = {
  orderLineId: string;
  productName: string;
  sizeLabel: string;
  widthCode: string;
  /** "Men's" or "Women's" when the shoe is sold in both sizings; empty otherwise. */
  rangeLabel: string;
  bought: number;
  /** Pairs not already on a return (declined returns give theirs back). */
  returnable: number;
  /** Other sizes and widths of the same shoe, in stock or not (sold-out ones are shown as such). */
  exchangeOptions: ExchangeOption[];
};

export type ReturnOptions = {
  order: {
    id: string;
    accessToken: string;
    orderNumber: number;
    totalCents: number;
    status: string;
    shippedAt: Date | null;
  };
  windowDays: number;
  /** null until the order has shipped. */
  windowEndsAt: Date | null;
  /** Why a return can't start now, in the shopper's words; null when it can. */
  closedBecause: string | null;
  lines: ReturnableLine[];
};

const RANGE_WORDS: Record<string, string> = { men: "Men's", women: "Women's" };

/** Sizes read in order: 7, 7.5, 8 … 10, 10.5 (not as text, where 10 comes before 7). */
function bySize(a: { sizeLabel: string; widthCode: string }, b: { sizeLabel: string; widthCode: string }) {
  const size = (label: string) => Number.parseFloat(label.replace(/[^0-9.]/g, "")) || 0;
  return size(a.sizeLabel) - size(b.sizeLabel) || a.widthCode.localeCompare(b.widthCode);
}

/**
 * What a shopper may return from an order, for the return form and the order page: only with the
 * order's token (null otherwise, as a 404). The server checks all of it again when the return is
 * requested (request-return.ts); this is what the form offers.
 */
export async function getReturnOptions(orderId: string, token: string | null | undefined, now = new Date()) {
  if (!/^[a-z0-9]{10,40}$/.test(orderId)) return null;
  const order = await getDb().order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      accessToken: true,
      orderNumber: true,
      totalCents: true,
      status: true,
      shippedAt: true,
      lines: {
        orderBy: { sku: "asc" },
        select: {
          id: true,
          productName: true,
          sizeLabel: true,
          widthCode: true,
          quantity: true,
          variant: {
            select: {
              id: true,
              fitRange: true,
              product: {
                select: {
                  variants: { select: { id: true, fitRange: true, sizeLabel: true, widthCode: true, stock: true } },
                },
              },
            },
          },
          returnLines: { select: { quantity: true, return: { select: { status: true } } } },
        },
      },
    },
  });
  if (!order || !accessTokenMatches(order.accessToken, token)) return null;
  const { returnWindowDays } = await getStoreSettings();
  const left = returnablePairs(
    order.lines,
    order.lines.flatMap((line) =>
      line.returnLines.map((r) => ({ orderLineId: line.id, quantity: r.quantity, status: r.return.status })),
    ),
  );
  const windowEndsAt = order.shippedAt ? returnWindowEnd(order.shippedAt, returnWindowDays) : null;
  const lines: ReturnableLine[] = order.lines.map((line) => {
    const variants = line.variant?.product.variants ?? [];
    // Men's 10 D and women's 10 D are different shoes: name the sizing when the shoe has both.
    const bothRanges = new Set(variants.map((variant) => variant.fitRange)).size > 1;
    const rangeWord = (range: string) => (bothRanges ? `${RANGE_WORDS[range] ?? range} ` : "");
    return {
      orderLineId: line.id,
      productName: line.productName,
      sizeLabel: line.sizeLabel,
      widthCode: line.widthCode,
      rangeLabel: line.variant ? rangeWord(line.variant.fitRange).trim() : "",
      bought: line.quantity,
      returnable: left.get(line.id) ?? 0,
      exchangeOptions: variants
        .slice()
        .sort((a, b) => a.fitRange.localeCompare(b.fitRange) || bySize(a, b))
        .map((variant) => ({
          variantId: variant.id,
          label: `${rangeWord(variant.fitRange)}${variant.sizeLabel} ${variant.widthCode}`,
          sizeLabel: variant.sizeLabel,
          widthCode: variant.widthCode,
          inStock: variant.stock > 0,
        })),
    };
  });
  const closedBecause =
    order.status !== "SHIPPED" || !windowEndsAt
      ? "Returns open once your order has shipped."
      : now > windowEndsAt
        ? `Returns can be started up to ${returnWindowDays} days after an order ships, and that time has passed for this order.`
        : lines.every((line) => line.returnable === 0)
          ? "Every pair of this order is already on a return."
          : null;
  const { lines: _omit, ...orderView } = order;
  return { order: orderView, windowDays: returnWindowDays, windowEndsAt, closedBecause, lines } satisfies ReturnOptions;
}

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { returnRefused, ExchangeSoldOutError } from "./return-error";

export type ExchangeWanted = {
  /** The form line, for the error's field name. */
  index: number;
  /** The variant the shopper bought (null if it was deleted since). */
  fromVariantId: string | null;
  toVariantId: string;
  quantity: number;
};

/**
 * Holds an exchange's new pairs with checkout's conditional decrement ("stock >= n" in the same
 * UPDATE), in SKU order like checkout, so exchanges and checkouts can't deadlock and the last pair
 * of a size is held once. Each new pair must be another size or width of the shoe bought. A size
 * that is short throws ExchangeSoldOutError with the sizes in stock, rolling back every hold made.
 */
export async function holdExchangePairs(
  tx: Prisma.TransactionClient,
  wanted: readonly ExchangeWanted[],
): Promise<void> {
  const variants = await tx.variant.findMany({
    where: {
      id: { in: wanted.flatMap((line) => [line.toVariantId, ...(line.fromVariantId ? [line.fromVariantId] : [])]) },
    },
    select: { id: true, sku: true, productId: true, sizeLabel: true, widthCode: true },
  });
  const byId = new Map(variants.map((variant) => [variant.id, variant]));
  const holds = wanted.map((line) => {
    const from = line.fromVariantId ? byId.get(line.fromVariantId) : undefined;
    const to = byId.get(line.toVariantId);
    if (!from)
      throw returnRefused(
        409,
        "exchange_unavailable",
        "This shoe is no longer sold, so it can't be exchanged. Choose a refund.",
        `lines.${line.index}.exchangeVariantId`,
      );
    if (!to || to.productId !== from.productId)
      throw returnRefused(
        400,
        "exchange_other_shoe",
        "An exchange is for another size or width of the same shoe.",
        `lines.${line.index}.exchangeVariantId`,
      );
    return { ...line, to };
  });
  holds.sort((a, b) => (a.to.sku < b.to.sku ? -1 : a.to.sku > b.to.sku ? 1 : 0));
  for (const hold of holds) {
    const held = await tx.$executeRaw`
      UPDATE "Variant" SET "stock" = "stock" - ${hold.quantity}, "updatedAt" = now()
      WHERE "id" = ${hold.to.id} AND "stock" >= ${hold.quantity}`;
    if (held === 1) continue;
    const inStock = await tx.variant.findMany({
      where: { productId: hold.to.productId, stock: { gte: hold.quantity } },
      orderBy: [{ widthCode: "asc" }, { sizeLabel: "asc" }],
      select: { id: true, sizeLabel: true, widthCode: true, stock: true },
    });
    throw new ExchangeSoldOutError(
      hold.index,
      `${hold.to.sizeLabel} ${hold.to.widthCode}`,
      inStock.map((variant) => ({
        variantId: variant.id,
        sizeLabel: variant.sizeLabel,
        widthCode: variant.widthCode,
        stock: variant.stock,
      })),
    );
  }
}

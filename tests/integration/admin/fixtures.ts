import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/client";

/** An order for one pair of the first in-stock variant, with the stock already held (as checkout does). */
export async function createOrder(status: OrderStatus, options: { email?: string | null; quantity?: number } = {}) {
  const db = getDb();
  const quantity = options.quantity ?? 1;
  const variant = await db.variant.findFirstOrThrow({
    where: { stock: { gte: quantity + 1 } },
    orderBy: { sku: "asc" },
    include: { product: true },
  });
  await db.variant.update({ where: { id: variant.id }, data: { stock: { decrement: quantity } } });
  const order = await db.order.create({
    data: {
      accessToken: randomBytes(16).toString("base64url"),
      status,
      email: options.email === undefined ? "shopper@example.com" : options.email,
      currency: "usd",
      totalCents: variant.product.priceCents * quantity,
      paidAt: status === "PAID" ? new Date() : null,
      lines: {
        create: [
          {
            variantId: variant.id,
            sku: variant.sku,
            productName: variant.product.name,
            sizeLabel: variant.sizeLabel,
            widthCode: variant.widthCode,
            unitPriceCents: variant.product.priceCents,
            quantity,
          },
        ],
      },
    },
  });
  return { order, variantId: variant.id, stockAfterHold: variant.stock - quantity };
}

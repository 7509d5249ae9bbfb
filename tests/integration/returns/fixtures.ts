import { getDb } from "@/lib/db";
import { staffActorForTests } from "../../support/staff-actor-for-tests";
import { createOrder } from "../admin/fixtures";
import { createStaff } from "../admin/support";

/** A shipped order of `quantity` pairs of one variant (stock already taken), shipped `daysAgo` days ago. */
export async function shippedOrder({ quantity = 2, daysAgo = 3, email = "walker@example.com" } = {}) {
  const { order, variantId } = await createOrder("PAID", { email, quantity });
  const shippedAt = new Date(Date.now() - daysAgo * 24 * 60 * 60 * 1000);
  await getDb().order.update({ where: { id: order.id }, data: { status: "SHIPPED", shippedAt, carrier: "ups" } });
  const line = await getDb().orderLine.findFirstOrThrow({ where: { orderId: order.id } });
  return { order, variantId, line };
}

/** Another size or width of the same shoe as `variantId`, with its stock set to `stock`. */
export async function siblingVariant(variantId: string, stock: number) {
  const db = getDb();
  const bought = await db.variant.findUniqueOrThrow({ where: { id: variantId } });
  const sibling = await db.variant.findFirstOrThrow({
    where: { productId: bought.productId, id: { not: variantId } },
    orderBy: { sku: "asc" },
  });
  return db.variant.update({ where: { id: sibling.id }, data: { stock } });
}

export async function stockOfVariant(id: string): Promise<number> {
  return (await getDb().variant.findUniqueOrThrow({ where: { id }, select: { stock: true } })).stock;
}

let staffCount = 0;
/** A staff member and the actor the admin functions take. */
export async function staffActor() {
  const user = await createStaff(`returns-staff-${++staffCount}-${Date.now()}@example.com`);
  return staffActorForTests({ userId: user.id, email: user.email, role: "staff" });
}

/** The return form's values for one line. */
export function returnValues(
  lineId: string,
  {
    quantity = 1,
    reason = "too_small",
    resolution = "refund",
    exchangeVariantId = "",
    comment = "",
  }: {
    quantity?: number;
    reason?: string;
    resolution?: "refund" | "exchange";
    exchangeVariantId?: string;
    comment?: string;
  } = {},
) {
  return { resolution, comment, lines: [{ orderLineId: lineId, quantity, reason, exchangeVariantId }] };
}

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { AdminError } from "../admin-error";
import { diffFields } from "../diff-fields";
import { discountCodeSchema, toDiscountCodeData } from "./discount-code-schema";

const CODE_FIELDS = {
  id: true,
  code: true,
  description: true,
  percentBps: true,
  amountOffCents: true,
  minSubtotalCents: true,
  startsAt: true,
  endsAt: true,
  usageLimit: true,
  oncePerEmail: true,
  collectionId: true,
  active: true,
} as const;

const takenCode = (code: string) =>
  new AdminError("That code already exists.", { code: `${code} is already a code (codes ignore case)` }, 409);

async function codeTaken(tx: Prisma.TransactionClient, code: string, exceptId: string | null): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "DiscountCode" WHERE lower("code") = lower(${code}) AND "id" IS DISTINCT FROM ${exceptId}`;
  return rows.length > 0;
}

async function assertCollectionExists(tx: Prisma.TransactionClient, collectionId: string | null) {
  if (collectionId === null) return;
  const found = await tx.collection.findUnique({ where: { id: collectionId }, select: { id: true } });
  if (!found)
    throw new AdminError("That collection no longer exists.", { collectionId: "Choose a collection from the list" });
}

/**
 * Creates (codeId null) or updates a discount code, audited in the same transaction. A change
 * reaches carts and the next checkout; an order already holding a reservation keeps its amount.
 * The usage limit can't go below the uses and reservations already counted (the row is locked
 * while this checks, so a checkout can't slip in between).
 */
export async function saveDiscountCode(
  actor: StaffActor,
  codeId: string | null,
  input: unknown,
): Promise<{ id: string }> {
  const data = toDiscountCodeData(discountCodeSchema.parse(input));
  return getDb().$transaction(async (tx) => {
    await assertCollectionExists(tx, data.collectionId);
    if (await codeTaken(tx, data.code, codeId)) throw takenCode(data.code);
    if (codeId === null) {
      const created = await createUnique(tx, data);
      await writeAudit(
        {
          actorId: actor.userId,
          action: "discount_code.create",
          entityType: "DiscountCode",
          entityId: created.id,
          // Dates as ISO strings, as diffFields writes them for an update.
          after: JSON.parse(JSON.stringify(data)) as Prisma.InputJsonObject,
          ip: actor.ip,
        },
        tx,
      );
      return created;
    }
    const locked = await tx.$queryRaw<{ counted: number }[]>`
      SELECT ("usedCount" + "reservedCount")::int AS "counted" FROM "DiscountCode" WHERE "id" = ${codeId} FOR UPDATE`;
    const before = await tx.discountCode.findUnique({ where: { id: codeId }, select: CODE_FIELDS });
    if (!before || !locked[0]) throw new AdminError("That discount code no longer exists.", undefined, 404);
    if (data.usageLimit !== null && data.usageLimit < locked[0].counted)
      throw new AdminError("The limit is below the uses already counted.", {
        usageLimit: `It has been used or reserved ${locked[0].counted} times: the limit can't be lower`,
      });
    const { id: _id, ...current } = before;
    const diff = diffFields(current, data);
    if (diff) {
      await tx.discountCode.update({ where: { id: codeId }, data, select: { id: true } });
      await writeAudit(
        {
          actorId: actor.userId,
          action: "discount_code.update",
          entityType: "DiscountCode",
          entityId: codeId,
          ...diff,
          ip: actor.ip,
        },
        tx,
      );
    }
    return { id: codeId };
  });
}

/** Insert, turning a lost race on the lower(code) unique index into the same clear refusal. */
async function createUnique(tx: Prisma.TransactionClient, data: ReturnType<typeof toDiscountCodeData>) {
  try {
    return await tx.discountCode.create({ data, select: { id: true } });
  } catch (error) {
    if ((error as { code?: unknown }).code === "P2002") throw takenCode(data.code);
    throw error;
  }
}

/**
 * Stops a code being applied or reserved from now on. Orders already holding a reservation keep
 * it (their shoppers are paying); carts showing it are told it is no longer available.
 */
export async function deactivateDiscountCode(actor: StaffActor, codeId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const before = await tx.discountCode.findUnique({ where: { id: codeId }, select: { active: true } });
    if (!before) throw new AdminError("That discount code no longer exists.", undefined, 404);
    if (!before.active) return;
    await tx.discountCode.update({ where: { id: codeId }, data: { active: false }, select: { id: true } });
    await writeAudit(
      {
        actorId: actor.userId,
        action: "discount_code.deactivate",
        entityType: "DiscountCode",
        entityId: codeId,
        before: { active: true },
        after: { active: false },
        ip: actor.ip,
      },
      tx,
    );
  });
}

export async function listDiscountCodes(_actor: StaffActor) {
  return getDb().discountCode.findMany({
    orderBy: [{ active: "desc" }, { createdAt: "desc" }],
    select: {
      ...CODE_FIELDS,
      currency: true,
      usedCount: true,
      reservedCount: true,
      collection: { select: { title: true } },
    },
  });
}

export async function getDiscountCode(_actor: StaffActor, codeId: string) {
  if (codeId.length > 40) return null;
  return getDb().discountCode.findUnique({
    where: { id: codeId },
    select: { ...CODE_FIELDS, usedCount: true, reservedCount: true },
  });
}

/** The collections a code can be limited to, for the form's list. */
export async function listCollectionChoices(_actor: StaffActor) {
  return getDb().collection.findMany({ orderBy: { title: "asc" }, select: { id: true, title: true } });
}

import type { Prisma } from "@/lib/generated/prisma/client";

type JsonObject = Prisma.InputJsonObject;

/** The fields that changed, as {before, after} objects for the audit log; null if none did. */
export function diffFields<T extends object>(
  before: T,
  after: Partial<T>,
): { before: JsonObject; after: JsonObject } | null {
  const changedBefore: Record<string, Prisma.InputJsonValue | null> = {};
  const changedAfter: Record<string, Prisma.InputJsonValue | null> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    const old = toJson(before[key]);
    const next = toJson(after[key]);
    if (JSON.stringify(old) !== JSON.stringify(next)) {
      changedBefore[key] = old;
      changedAfter[key] = next;
    }
  }
  return Object.keys(changedAfter).length > 0 ? { before: changedBefore, after: changedAfter } : null;
}

/** Dates as ISO strings; everything else in an admin form is already JSON (strings, numbers, booleans). */
function toJson(value: unknown): Prisma.InputJsonValue | null {
  if (value instanceof Date) return value.toISOString();
  return (value ?? null) as Prisma.InputJsonValue | null;
}

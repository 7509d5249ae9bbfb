import { getDb } from "@/lib/db";

// A hash of every row of the tables an admin request could change, to prove "nothing changed".
// The audit log and login attempts are left out: refusals are allowed (and meant) to be logged.
const TABLES = [
  "Product",
  "Variant",
  "ProductImage",
  "Brand",
  "SizeChartRow",
  "Collection",
  "CollectionProduct",
  "Article",
  "ArticleProduct",
  "Order",
  "OrderLine",
  "OutboxEmail",
  "StaffUser",
  "ReturnRequest",
  "ReturnLine",
  "Refund",
  "StoreSettings",
];

export async function dbFingerprint(): Promise<Record<string, string>> {
  const db = getDb();
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await db.$queryRawUnsafe<{ hash: string | null; count: bigint }[]>(
      `SELECT md5(COALESCE(string_agg(t::text, ',' ORDER BY t::text), '')) AS "hash", COUNT(*) AS "count" FROM "${table}" t`,
    );
    result[table] = `${row?.count}:${row?.hash}`;
  }
  // Sessions: whether any was revoked (lastSeenAt may be touched by a valid request).
  const [sessions] = await db.$queryRawUnsafe<{ hash: string }[]>(
    `SELECT md5(COALESCE(string_agg("id" || ':' || COALESCE("revokedAt"::text, '-'), ',' ORDER BY "id"), '')) AS "hash" FROM "StaffSession"`,
  );
  result.StaffSession = sessions?.hash ?? "";
  return result;
}

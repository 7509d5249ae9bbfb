import pg from "pg";

/**
 * The cookie of a real guest cart with one pair in it: pages requested with it show that pair in
 * the header, from the page cache's copy for one pair (decision 0008).
 */
export async function shopperCartCookie(origin: string, databaseUrl: string): Promise<string> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  let sku: string | undefined;
  try {
    sku = (await db.query<{ sku: string }>(`SELECT "sku" FROM "Variant" WHERE "stock" > 0 ORDER BY "sku" LIMIT 1`))
      .rows[0]?.sku;
  } finally {
    await db.end();
  }
  if (!sku) throw new Error("No variant in stock to put in a cart.");
  const response = await fetch(`${origin}/api/cart/items`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ sku, quantity: 1 }),
  });
  if (response.status !== 201)
    throw new Error(`Adding ${sku} to a cart answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0] as string)
    .find((pair) => pair.startsWith("cart_id="));
  if (!cookie) throw new Error("The cart answer set no cart_id cookie.");
  return cookie;
}

import { seedDemoCatalog } from "../../prisma/seed";
import { createScriptClient } from "./prisma-client";

/** Seeds the demo catalog on a database with no products yet; leaves a used store alone. */
export async function seedIfEmpty(databaseUrl: string): Promise<void> {
  const db = createScriptClient(databaseUrl);
  try {
    if ((await db.product.count()) > 0) return;
    const summary = await seedDemoCatalog(db);
    console.log(
      `Seeded the demo catalog: ${summary.products} shoes, ${summary.variants} size/width variants, ${summary.articles} articles.`,
    );
  } finally {
    await db.$disconnect();
  }
}

// `npm run seed`: seeds the demo catalog into DATABASE_URL (or the embedded database).
import { seedDemoCatalog } from "../prisma/seed";
import { createScriptClient } from "./lib/prisma-client";
import { withDatabase } from "./lib/with-database";

async function main() {
  const quiet = process.argv.includes("--quiet");
  await withDatabase(async (url) => {
    const db = createScriptClient(url);
    try {
      const summary = await seedDemoCatalog(db);
      if (!quiet) console.log(`Seeded: ${JSON.stringify(summary)}`);
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

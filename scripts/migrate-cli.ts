// Applies migrations to DATABASE_URL; used by the test setup and by operators (`npm run db:migrate`).
import { applyMigrations } from "./lib/migrate";

applyMigrations(process.env.DATABASE_URL ?? "").then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);

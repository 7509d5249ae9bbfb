// Prisma CLI configuration. Prisma 7's CLI needs a native engine download that these machines
// can't reach, so we pin 6.19.3 and run its WebAssembly schema engine through @prisma/adapter-pg.
process.env.DATABASE_URL ??= "postgresql://postgres:postgres@127.0.0.1:54329/store";

import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { NameAsTextPool } from "./scripts/name-as-text-pool";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    // allowExitOnIdle: without it the CLI waits out the pool's 10 s idle timeout before exiting.
    return new PrismaPg(
      new NameAsTextPool({ connectionString: process.env.DATABASE_URL, allowExitOnIdle: true, idleTimeoutMillis: 200 }),
    );
  },
});

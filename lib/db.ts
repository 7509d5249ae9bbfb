import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

// One Prisma client per process. Next's dev server re-evaluates modules on every change, so the
// client lives on globalThis and is read back from there rather than recreated.
const globalForDb = globalThis as unknown as { prismaClient?: PrismaClient; prismaUrl?: string };

function createClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 20, connectionTimeoutMillis: 5_000 }) });
}

/** The shared client, created on first use for the current DATABASE_URL. */
export function getDb(): PrismaClient {
  const url = getEnv().DATABASE_URL;
  if (!globalForDb.prismaClient || globalForDb.prismaUrl !== url) {
    globalForDb.prismaClient = createClient(url);
    globalForDb.prismaUrl = url;
  }
  return globalForDb.prismaClient;
}

import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { insertStaffUser } from "./insert-staff-user";

// No "server-only": `npm start` calls this, for the embedded demo database only. A real
// deployment (DATABASE_URL set) never gets an account it didn't create (ASVS 6.3.2: no default
// accounts); owners there use `npm run staff:create`.

export const DEMO_OWNER_EMAIL = "demo-owner@example.com";

/** Creates the demo owner with a random password when the store has no staff at all. */
export async function ensureDemoOwner(db: PrismaClient): Promise<{ email: string; password: string } | null> {
  if ((await db.staffUser.count()) > 0) return null;
  const password = randomBytes(12).toString("base64url"); // 16 characters, 96 random bits
  await insertStaffUser(db, { email: DEMO_OWNER_EMAIL, role: "owner", password }, { via: "demo" });
  return { email: DEMO_OWNER_EMAIL, password };
}

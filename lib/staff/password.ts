import "server-only";
import { hash, verify } from "@node-rs/argon2";

// OWASP Password Storage Cheat Sheet, first argon2id option: 19 MiB memory, 2 passes, 1 lane.
// About 10 ms per hash on the 2-core build machines, so login stays quick while offline cracking
// of a leaked hash costs 19 MiB of memory per guess. See docs/decisions/*-staff-auth.md.
export const ARGON2_OPTIONS = {
  /** 2 = Algorithm.Argon2id; the package's const enum can't be imported under isolatedModules. */
  algorithm: 2,
  memoryCost: 19_456, // KiB
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** False for a wrong password or a hash this module can't read; never throws on bad input. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed login, not a crash that tells the caller something.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same argon2 work as a real check, for sign-ins with an unknown email, so response
 * time doesn't reveal which emails are staff accounts.
 */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-account-password");
  await verifyPassword(await dummyHash, password);
}

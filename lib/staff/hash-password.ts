import { hash } from "@node-rs/argon2";

// No "server-only" here: `npm run staff:create` and `npm start` hash passwords outside Next.
//
// OWASP Password Storage Cheat Sheet, first argon2id option: 19 MiB memory, 2 passes, 1 lane.
// About 10 ms per hash on the 2-core build machines, so sign-in stays quick while each offline
// guess against a leaked hash costs 19 MiB of memory. See docs/decisions/*-staff-auth.md.
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

import "server-only";
import { verify } from "@node-rs/argon2";
import { hashPassword } from "./hash-password";

export { ARGON2_OPTIONS, hashPassword } from "./hash-password";

/** False for a wrong password or a hash this module can't read; never throws on bad input. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed sign-in, not a crash that tells the caller something.
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

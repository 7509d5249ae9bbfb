import crypto from "node:crypto";

/** The secret in a guest's order link (/orders/[id]?token=...): 256 random bits. */
export function createAccessToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** Constant-time comparison (hashing first makes the lengths equal, as timingSafeEqual needs). */
export function accessTokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== "string" || given.length === 0 || given.length > 200) return false;
  const digest = (value: string) => crypto.createHash("sha256").update(value).digest();
  return crypto.timingSafeEqual(digest(expected), digest(given));
}

import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, base64url: what the browser's cookie holds. */
export function createSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The StaffSession id: SHA-256 of the token, so a leaked database holds no usable cookie. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

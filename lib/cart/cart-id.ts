import crypto from "node:crypto";

// A guest cart is identified only by this random id, held in an httpOnly cookie. 24 random bytes
// (192 bits) in base64url: not guessable, and safe in a cookie without escaping.

const CART_ID_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export function createCartId(): string {
  return crypto.randomBytes(24).toString("base64url");
}

/** Cookie values are client input: anything not shaped like our ids is treated as "no cart". */
export function parseCartId(value: string | undefined | null): string | null {
  return value && CART_ID_PATTERN.test(value) ? value : null;
}

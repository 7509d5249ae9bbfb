import "server-only";
import { headers } from "next/headers";
import { checkSameOrigin, type SameOriginVerdict } from "./same-origin";

/**
 * The same-origin rule for the Server Action being run. Next refuses a foreign Origin itself,
 * but lets a request without one through, Sec-Fetch-Site: cross-site included, so every action
 * that changes something asks this first. Refusals are logged (ASVS 16.3.3).
 */
export async function checkActionOrigin(): Promise<SameOriginVerdict> {
  const verdict = checkSameOrigin(await headers());
  if (!verdict.ok) console.warn(`Refused cross-site Server Action: ${verdict.reason}`);
  return verdict;
}

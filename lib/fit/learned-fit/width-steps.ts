import { WIDTH_CODES, isWidthCode } from "@/lib/catalog/width-codes";

// Width codes as steps. Within each range the codes in use are consecutive in WIDTH_CODES
// (narrowest first), so the distance between two codes' places is the number of steps between
// them in either range.

/** How many codes roomier `code` is than `from` (negative: narrower); null for unknown codes. */
export function widthStepsBetween(from: string, code: string): number | null {
  if (!isWidthCode(from) || !isWidthCode(code)) return null;
  return WIDTH_CODES.indexOf(code) - WIDTH_CODES.indexOf(from);
}

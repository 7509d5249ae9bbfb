import type { FitRange } from "@/lib/catalog/fit-facts";
import { widthCodesFor, type WidthCode } from "@/lib/catalog/width-codes";
import type { FitAdjustment } from "./fit-control";

// The width code to suggest: the one the quiz says the foot needs, one code roomier for a shoe
// that runs narrow (widthSteps −1) and one narrower for a roomy one. Stops at the range's ends.

export function suggestWidthCode(needed: WidthCode, range: FitRange, adjustment: FitAdjustment): WidthCode {
  const codes = widthCodesFor(range);
  const at = codes.indexOf(needed);
  if (at < 0 || adjustment.widthSteps === 0) return needed;
  const target = Math.min(codes.length - 1, Math.max(0, at - adjustment.widthSteps));
  return codes[target] ?? needed;
}

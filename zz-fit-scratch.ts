import { loadBrands, loadProductRows } from "./lib/catalog/load-snapshot-rows";
import { createScriptClient } from "./scripts/lib/prisma-client";
import { recommend } from "./lib/fit/recommend";
import type { FitAnswers } from "./lib/fit/answers-schema";
import { toSavedResult } from "./lib/fit/to-saved-result";
async function main() {
const db = createScriptClient();
const products = await loadProductRows(db, null);
const brands = await loadBrands(db);
const snapshot = { version: "1", products, brands };
const base: FitAnswers = { safety: { saddleNumbness: "no", bladderBowelChange: "no", sexualFunctionChange: "no", legWeakness: "no", majorTrauma: "no", chestPain: "no", fever: "no", weightLoss: "no", cancerHistory: "no", nightPain: "no", lumpOrShapeChange: "no", infectionRisk: "no" },
 range: "men", size: { system: "US", value: 11 }, feetDiffer: "no", width: "very_tight", forefoot: "none", arch: "medium", orthotics: "none", walkingMinutes: "30to60", surface: "pavement", currentShoes: "trainers", unsteady: "often", pain: { where: "back_only", walkingEffect: "helps_or_none", duration: "lt6w_improving" }, context: { diabetesNumbFeet: false, pregnant: false }, cushion: "balanced", support: "neutral", closure: "any", budgetCents: null };
for (const cushion of ["plush","balanced","firm"] as const) for (const support of ["more","neutral"] as const) for (const surface of ["pavement","trail"] as const) for (const currentShoes of ["heeled","flat"] as const) {
  const out = recommend({ ...base, cushion, support, surface, currentShoes }, snapshot, { articleTitles: {} });
  if (out.status !== "ok") continue;
  const n = JSON.stringify(toSavedResult(out)).split("FEEL_STEADY").length - 1;
  if (n) console.log(cushion, support, surface, currentShoes, n, out.picks.length);
}
await db.$disconnect();

}
void main();

import crypto from "node:crypto";
import fc from "fast-check";
import { recommend } from "./lib/fit/recommend";
import { answersArbitrary, safetyArbitrary } from "./tests/unit/fit/arbitraries";
import { buildSyntheticSnapshot } from "./tests/bench/lib/fit-synthetic-catalog";
import { SNAPSHOT, OPTIONS } from "./tests/unit/fit/fixtures";
const answers = fc.sample(fc.tuple(answersArbitrary, fc.oneof({arbitrary: fc.constant(null), weight: 5}, {arbitrary: safetyArbitrary, weight: 1})).map(([a, s]) => s ? { ...a, safety: s } : a), { numRuns: 400, seed: 99 });
for (const [name, snap] of [["fixture", SNAPSHOT], ["synthetic3000", buildSyntheticSnapshot(3000, 7)], ["synthetic500", buildSyntheticSnapshot(500, 3)]] as const) {
  const h = crypto.createHash("sha256");
  for (const a of answers) h.update(JSON.stringify(recommend(a, snap, OPTIONS)));
  console.log(name, h.digest("hex").slice(0, 16));
}

import { performance } from "node:perf_hooks";
import { sampleAnswers } from "./tests/bench/lib/fit-engine-bench";
import { buildSyntheticSnapshot } from "./tests/bench/lib/fit-synthetic-catalog";
import { createFilterContext, evaluateProduct } from "./lib/fit/hard-filters";
import { scoreProduct } from "./lib/fit/soft-score";
import { compareScored } from "./lib/fit/rank-order";
import { mayBeListed, selectResults } from "./lib/fit/select-results";
import { shopperFootLengthMm } from "./lib/fit/size-table";
const snap = buildSyntheticSnapshot(10000);
const answers = sampleAnswers(60);
const t = { eval: 0, score: 0, sort: 0, select: 0, n: 0 };
for (const a of answers) {
  const footMm = shopperFootLengthMm(a.size, a.range);
  const ctx = createFilterContext(a, footMm, snap.brands);
  let s = performance.now();
  const evs = snap.products.map((p) => evaluateProduct(p, ctx));
  t.eval += performance.now() - s; s = performance.now();
  const ranked = evs.filter(mayBeListed).map((e) => ({ evaluation: e, breakdown: scoreProduct(e.product, a) }));
  t.score += performance.now() - s; s = performance.now();
  ranked.sort(compareScored);
  t.sort += performance.now() - s; s = performance.now();
  selectResults(ranked);
  t.select += performance.now() - s;
  t.n += ranked.length;
}
for (const k of ["eval", "score", "sort", "select"] as const) console.log(k, (t[k] / answers.length).toFixed(2), "ms");
console.log("listed per call", t.n / answers.length);

import { performance } from "node:perf_hooks";
import fc from "fast-check";
import type { CatalogSnapshot } from "@/lib/catalog/snapshot-types";
import type { FitAnswers } from "@/lib/fit/answers-schema";
import { recommend } from "@/lib/fit/recommend";
import { answersArbitrary } from "../../unit/fit/arbitraries";
import { buildSyntheticSnapshot, variantSpread } from "./fit-synthetic-catalog";
import { mean, percentile } from "./fit-stats";

// Part (a) of `npm run bench:fit`: the pure engine against in-memory catalogs of two sizes, with
// the same varied answers for both, so the ratio shows how the engine scales.

export type EngineRow = { products: number; variants: { min: number; mean: number; max: number }; runs: number; p50: number; p95: number; mean: number; picked: number };

/** The unit tests' arbitrary of valid answers (no safety stops), sampled with a fixed seed. */
export function sampleAnswers(count: number, seed = 20261125): FitAnswers[] {
  return fc.sample(answersArbitrary, { numRuns: count, seed });
}

const ARTICLE_TITLES = {};

export function benchEngine(snapshot: CatalogSnapshot, answers: readonly FitAnswers[], warmup = 20): EngineRow {
  for (const a of answers.slice(0, warmup)) recommend(a, snapshot, { articleTitles: ARTICLE_TITLES });
  const times: number[] = [];
  let picked = 0;
  for (const a of answers) {
    const start = performance.now();
    const outcome = recommend(a, snapshot, { articleTitles: ARTICLE_TITLES });
    times.push(performance.now() - start);
    if (outcome.status === "ok" && outcome.picks.length > 0) picked++;
  }
  return {
    products: snapshot.products.length, variants: variantSpread(snapshot), runs: times.length,
    p50: percentile(times, 50), p95: percentile(times, 95), mean: mean(times), picked,
  };
}

export function runEngineBench(sizes: readonly number[], answerCount: number): EngineRow[] {
  const answers = sampleAnswers(answerCount);
  return sizes.map((size) => benchEngine(buildSyntheticSnapshot(size), answers));
}

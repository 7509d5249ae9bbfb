import { performance } from "node:perf_hooks";
import fc from "fast-check";
import type { CatalogSnapshot } from "@/lib/catalog/snapshot-types";
import type { FitAnswers } from "@/lib/fit/answers-schema";
import { recommend } from "@/lib/fit/recommend";
import { answersArbitrary } from "../../unit/fit/arbitraries";
import { buildSyntheticSnapshot, variantSpread } from "./fit-synthetic-catalog";
import { percentile } from "./fit-stats";

// Part (a) of `npm run bench:fit`: the pure engine against in-memory catalogs of several sizes,
// with the same varied answers for each, so the p95 ratio shows how the engine scales.

export type EngineRow = {
  products: number;
  variants: { min: number; mean: number; max: number };
  runs: number;
  p50: number;
  p95: number;
  /** CPU time of the process per recommendation: less sensitive than wall time to other load on a shared machine. */
  cpuP50: number;
  cpuP95: number;
  /** Share of answers that got at least one pick, so the catalog is shown to be realistic. */
  withPicks: number;
};

/** The unit tests' arbitrary of valid answers (no safety stops), sampled with a fixed seed. */
export function sampleAnswers(count: number, seed = 20261125): FitAnswers[] {
  return fc.sample(answersArbitrary, { numRuns: count, seed });
}

const OPTIONS = { articleTitles: {} };

export function benchEngine(snapshot: CatalogSnapshot, answers: readonly FitAnswers[], warmup = 30): EngineRow {
  // The first call also builds the per-snapshot index (catalog-index.ts); warm-up covers it.
  for (const a of answers.slice(0, warmup)) recommend(a, snapshot, OPTIONS);
  // Building a 40,000-product catalog leaves gigabytes of garbage; collect it now (npm run
  // bench:fit passes --expose-gc) so a major collection of the catalog's construction doesn't
  // land inside a timed recommendation and count against the engine.
  (globalThis as { gc?: () => void }).gc?.();
  const wall: number[] = [];
  const cpu: number[] = [];
  let withPicks = 0;
  for (const a of answers) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const outcome = recommend(a, snapshot, OPTIONS);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    if (outcome.status === "ok" && outcome.picks.length > 0) withPicks++;
  }
  return {
    products: snapshot.products.length,
    variants: variantSpread(snapshot),
    runs: wall.length,
    p50: percentile(wall, 50),
    p95: percentile(wall, 95),
    cpuP50: percentile(cpu, 50),
    cpuP95: percentile(cpu, 95),
    withPicks: withPicks / answers.length,
  };
}

/** One catalog at a time, so the larger one isn't measured with the smaller still in memory. */
export function runEngineBench(
  sizes: readonly number[],
  answerCount: number,
  log: (line: string) => void,
): EngineRow[] {
  const answers = sampleAnswers(answerCount);
  return sizes.map((size) => {
    const started = performance.now();
    const snapshot = buildSyntheticSnapshot(size);
    log(
      `  built ${size} products in ${((performance.now() - started) / 1000).toFixed(1)} s; running ${answers.length} recommendations`,
    );
    return benchEngine(snapshot, answers);
  });
}

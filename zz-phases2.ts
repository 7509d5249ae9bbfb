import { performance } from "node:perf_hooks";
import { sampleAnswers } from "./tests/bench/lib/fit-engine-bench";
import { buildSyntheticSnapshot } from "./tests/bench/lib/fit-synthetic-catalog";
import { recommend } from "./lib/fit/recommend";
const snap = buildSyntheticSnapshot(10000);
const answers = sampleAnswers(100);
for (const a of answers.slice(0, 10)) recommend(a, snap, { articleTitles: {} });
const times: number[] = [];
for (const a of answers) { const s = performance.now(); recommend(a, snap, { articleTitles: {} }); times.push(performance.now() - s); }
times.sort((a, b) => a - b);
console.log("p50", times[50]!.toFixed(1), "p95", times[95]!.toFixed(1), "min", times[0]!.toFixed(1));
{
  const cpu: number[] = [];
  for (const a of answers) { const c = process.cpuUsage(); recommend(a, snap, { articleTitles: {} }); const d = process.cpuUsage(c); cpu.push((d.user + d.system) / 1000); }
  cpu.sort((a, b) => a - b);
  console.log("cpu p50", cpu[50]!.toFixed(1), "p95", cpu[95]!.toFixed(1));
}

import { benchEngine, sampleAnswers } from "./tests/bench/lib/fit-engine-bench";
import { buildSyntheticSnapshot } from "./tests/bench/lib/fit-synthetic-catalog";
const snap = buildSyntheticSnapshot(10000);
console.log(benchEngine(snap, sampleAnswers(60), 5));

import { runEngineBench } from "./tests/bench/lib/fit-engine-bench";
console.log(runEngineBench([10000, 40000], 200));

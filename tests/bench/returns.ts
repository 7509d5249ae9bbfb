// `npm run bench:returns [-- --returns 20 --skip-build --dist-dir .next-bench-returns]`
//
// The refund path (decision 0022) under concurrent returns, timed next to /robots.txt on the same
// server in the same run (the machines are shared and noisy: the ratio is what counts). Runs the
// real thing: an embedded PostgreSQL in a temp dir, the demo catalog, the app built into its own
// .next-bench-returns under scripts/serve.ts, and the Stripe stand-in in this process. Each order
// is bought over HTTP and paid on the stand-in, then shipped (untimed); then every return runs at
// once: request, receive, refund through stripe-node to the stand-in, and the stand-in's refund
// webhooks delivered to the app until the order shows the refund (lib/refund-path.ts). The run
// fails if any refund was made twice, missed, or came to more than its order paid.
import { startBenchStore, step, type BenchStore } from "./lib/bench-store";
import { positiveIntegerFlag, stopOnSignal } from "./lib/cli";
import { distDirFlag } from "./lib/dist-dir-flag";
import { formatRefundPath, measureRefundPath } from "./lib/refund-path";

const DIST_DIR = ".next-bench-returns";

type Options = { returns: number; skipBuild: boolean; distDir: string };

function parseOptions(argv: string[]): Options {
  return {
    returns: positiveIntegerFlag(argv, "--returns", 20),
    skipBuild: argv.includes("--skip-build"),
    distDir: distDirFlag(argv, DIST_DIR),
  };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  let store: BenchStore | undefined;
  stopOnSignal(() => store?.stop());
  try {
    // Deep stock, so no checkout in the run is refused for stock. Webhooks are delivered by this
    // script (so they can be timed), not by the stand-in.
    store = await startBenchStore({
      distDir: options.distDir,
      products: 0,
      skipBuild: options.skipBuild,
      deepStock: true,
      step,
    });
    const result = await measureRefundPath(store, { returns: options.returns }, step);
    console.log(`\n${formatRefundPath(result)}`);
    console.log(
      "Measured against the production server (scripts/serve.ts) for the webhooks and the store's lib/ in this process for the rest, Stripe stand-in in the bench process, one run.",
    );
    if (result.problems.length > 0) process.exitCode = 1;
  } finally {
    await store?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

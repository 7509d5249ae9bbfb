import "server-only";
import { releaseAbandonedHolds } from "@/lib/checkout/release-abandoned-holds";

/** Holds released per transaction batch, and batches per run: a backlog clears within a few runs. */
const BATCH = 20;
const MAX_BATCHES = 25;

/** RELEASE_HOLDS, every minute: abandoned checkouts' stock goes back on sale on time. */
export async function releaseHoldsJob() {
  let released = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const count = await releaseAbandonedHolds(BATCH);
    released += count;
    if (count < BATCH) break;
  }
  return { released };
}

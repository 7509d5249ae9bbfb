import type { IncomingMessage, ServerResponse } from "node:http";
import type { ContentVersions } from "@/lib/catalog/content-versions";
import { countPageCache } from "@/lib/metrics/record-outcome";
import { answerFromStore } from "./answer-from-store";
import { cacheablePage } from "./cacheable-request";
import type { PageStore } from "./page-store";
import { recordResponse } from "./record-response";
import { versionTag } from "./version-tag";

// The page cache in front of Next (scripts/serve.ts). Every page renders per request because of
// its CSP nonce, which costs 8 to 20 ms of CPU. A catalog or article page is the same for every
// shopper apart from the header's count of pairs in the cart, so one render per page and count
// is kept and answered again with a new nonce until the catalog or the articles change.
// See docs/decisions/0008-page-cache.md.

export type PageCacheOptions = {
  /** Next's request handler. */
  render: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  readVersions: () => Promise<ContentVersions>;
  /** Pairs in a cart, counted exactly as the header counts them (CART_PAIRS_SQL). */
  readCartPairs: (cartId: string) => Promise<number>;
  /** A count that moves whenever a render used an older catalog snapshot (catalog-holder.ts). */
  staleSnapshotsServed: () => number;
  store: PageStore;
};

export function createPageCacheHandler(options: PageCacheOptions) {
  const pairsIn = (cartId: string | null) => (cartId ? options.readCartPairs(cartId) : Promise.resolve(0));

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const page = cacheablePage(req);
    if (!page) return options.render(req, res);
    let versions: ContentVersions;
    let pairs: number;
    try {
      [versions, pairs] = await Promise.all([options.readVersions(), pairsIn(page.cartId)]);
    } catch {
      // The database is in trouble: let Next answer, which knows how to say so.
      countPageCache("unavailable");
      return options.render(req, res);
    }
    // An empty cart shows the same header as no cart.
    const key = pairs === 0 ? page.url : `${page.url}\n${pairs} pairs`;
    const tag = versionTag(versions);
    const stored = options.store.get(key, tag);
    countPageCache(stored ? "hit" : "miss");
    if (stored) return answerFromStore(req, res, stored);

    // The render reads the database (or a snapshot refreshed from it) after `versions` was
    // read, so the page is at least that new: an edit in between only makes the tag older than
    // the page, and the next request renders again. The one exception is a large catalog's
    // background reload, when pages knowingly render from the previous snapshot; a page
    // rendered while that happened isn't kept. Likewise a page whose cart changed while it
    // rendered (another tab adding a pair) isn't kept under either count.
    const staleBefore = options.staleSnapshotsServed();
    res.setHeader("x-page-cache", "miss");
    // Next renders the URL the page is kept under, so the copy is the same whoever came first:
    // one visitor's campaign or mailing-list ids (mc_eid names a subscriber) never reach the
    // page another visitor gets. The browser's address bar keeps them for analytics.
    req.url = page.url;
    const recorded = recordResponse(res);
    await options.render(req, res);
    const rendered = await recorded;
    if (!rendered || options.staleSnapshotsServed() !== staleBefore) return;
    if (page.cartId && (await pairsIn(page.cartId).catch(() => -1)) !== pairs) return;
    options.store.set(key, { ...rendered, version: tag });
  };
}

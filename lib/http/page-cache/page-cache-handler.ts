import type { IncomingMessage, ServerResponse } from "node:http";
import { answerFromStore } from "./answer-from-store";
import { isCacheablePageRequest } from "./cacheable-request";
import { versionTag, type ContentVersions } from "./content-versions";
import type { PageStore } from "./page-store";
import { recordResponse } from "./record-response";

// The page cache in front of Next (scripts/serve.ts). Every page renders per request because of
// its CSP nonce, which costs 8 to 20 ms of CPU. A first-time visitor's view of a catalog or
// article page is the same for everyone, so one render is kept and answered again with a new
// nonce until the catalog or the articles change. See docs/decisions/0008-page-cache.md.

export type PageCacheOptions = {
  /** Next's request handler. */
  render: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  readVersions: () => Promise<ContentVersions>;
  /** A count that moves whenever a render used an older catalog snapshot (catalog-holder.ts). */
  staleSnapshotsServed: () => number;
  store: PageStore;
};

export function createPageCacheHandler(options: PageCacheOptions) {
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isCacheablePageRequest(req)) return options.render(req, res);
    let versions: ContentVersions;
    try {
      versions = await options.readVersions();
    } catch {
      // The database is in trouble: let Next answer, which knows how to say so.
      return options.render(req, res);
    }
    const key = req.url as string;
    const tag = versionTag(versions);
    const stored = options.store.get(key, tag);
    if (stored) return answerFromStore(req, res, stored);

    // The render reads the database (or a snapshot refreshed from it) after `versions` was
    // read, so the page is at least that new: an edit in between only makes the tag older than
    // the page, and the next request renders again. The one exception is a large catalog's
    // background reload, when pages knowingly render from the previous snapshot; a page
    // rendered while that happened isn't kept.
    const staleBefore = options.staleSnapshotsServed();
    // Uncompressed, so the nonce can be swapped in later answers (which compress themselves).
    delete req.headers["accept-encoding"];
    res.setHeader("x-page-cache", "miss");
    const recorded = recordResponse(res);
    await options.render(req, res);
    const page = await recorded;
    if (page && options.staleSnapshotsServed() === staleBefore) options.store.set(key, { ...page, version: tag });
  };
}

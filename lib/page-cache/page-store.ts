import { LRUCache } from "lru-cache";

// The rendered pages one app server keeps: least recently used first out, bounded by count and
// by bytes, so a crawler walking every filter combination can't grow it without limit.

export type StoredPage = {
  /** The catalog and content versions the page was rendered from ("catalog:content"). */
  version: string;
  status: number;
  headers: Record<string, string | string[]>;
  body: string;
  /** The CSP nonce the page was rendered with; replaced by a fresh one on every answer. */
  nonce: string;
};

export type PageStoreLimits = { maxEntries: number; maxBytes: number };

export class PageStore {
  private readonly pages: LRUCache<string, StoredPage>;

  constructor(limits: PageStoreLimits) {
    this.pages = new LRUCache({
      max: limits.maxEntries,
      maxSize: limits.maxBytes,
      // A page larger than maxBytes on its own isn't kept (lru-cache's default maxEntrySize).
      // lru-cache wants a positive size, so an empty body counts as 1.
      sizeCalculation: (page) => Math.max(1, page.body.length),
    });
  }

  /** The page stored under this key if it was rendered from `version`; an older one is dropped. */
  get(key: string, version: string): StoredPage | undefined {
    // get() also marks the page as the most recently used.
    const page = this.pages.get(key);
    if (!page || page.version === version) return page;
    this.pages.delete(key);
    return undefined;
  }

  set(key: string, page: StoredPage): void {
    this.pages.set(key, page);
  }

  get size(): number {
    return this.pages.size;
  }
}

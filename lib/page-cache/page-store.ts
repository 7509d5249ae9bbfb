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
  private readonly pages = new Map<string, StoredPage>();
  private bytes = 0;

  constructor(private readonly limits: PageStoreLimits) {}

  /** The page stored under this key if it was rendered from `version`; an older one is dropped. */
  get(key: string, version: string): StoredPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    this.delete(key, page);
    if (page.version !== version) return undefined;
    // Re-inserting moves it to the end of the Map's order: most recently used.
    this.pages.set(key, page);
    this.bytes += page.body.length;
    return page;
  }

  set(key: string, page: StoredPage): void {
    const previous = this.pages.get(key);
    if (previous) this.delete(key, previous);
    if (page.body.length > this.limits.maxBytes) return;
    this.pages.set(key, page);
    this.bytes += page.body.length;
    for (const [oldestKey, oldest] of this.pages) {
      if (this.pages.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.delete(oldestKey, oldest);
    }
  }

  get size(): number {
    return this.pages.size;
  }

  private delete(key: string, page: StoredPage): void {
    this.pages.delete(key);
    this.bytes -= page.body.length;
  }
}

import zlib from "node:zlib";

// First-load JavaScript of a page: every script the built page's HTML loads from the Next build
// (/_next/static/...), except noModule polyfills, gzipped at level 9 and summed. Measured on the served page rather than read
// from `next build`'s printout, which Next 16 no longer gives per route with Turbopack.

export type FirstLoadJs = { scripts: number; rawBytes: number; gzipBytes: number };

export async function firstLoadJs(pageUrl: string): Promise<FirstLoadJs> {
  const response = await fetch(pageUrl);
  if (!response.ok) throw new Error(`${pageUrl} answered ${response.status}`);
  const html = await response.text();
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script([^>]*)\ssrc="([^"]+\.js[^"]*)"([^>]*)>/g)) {
    // noModule scripts are polyfills for old browsers; every current browser skips them.
    if (/nomodule/i.test(`${match[1]}${match[3]}`)) continue;
    sources.add(match[2] as string);
  }
  // Chunks Next preloads for the page are loaded before it is interactive too.
  for (const match of html.matchAll(/<link[^>]*rel="preload"[^>]*as="script"[^>]*href="([^"]+)"/g))
    sources.add(match[1] as string);
  for (const match of html.matchAll(/<link[^>]*href="([^"]+\.js[^"]*)"[^>]*as="script"/g))
    sources.add(match[1] as string);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const source of sources) {
    const script = await fetch(new URL(source.replaceAll("&amp;", "&"), pageUrl));
    if (!script.ok) throw new Error(`${source} answered ${script.status}`);
    const bytes = Buffer.from(await script.arrayBuffer());
    rawBytes += bytes.length;
    gzipBytes += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { scripts: sources.size, rawBytes, gzipBytes };
}

import * as chromeLauncher from "chrome-launcher";
import { percentile } from "./fit-stats";

// Lighthouse (the npm package, 12.x: 13 needs Node 22) through Debian's Chromium, one page at a
// time in a fresh browser, with simulated throttling: "mobile" is Lighthouse's default (a
// mid-range phone: 4x slower CPU, slow 4G), "desktop" its desktop preset (no CPU slowdown).
// The flags keep Chromium off the network, which these machines don't have
// (docs/development-notes.md §7).

export type LighthouseScores = { performance: number; accessibility: number; bestPractices: number; seo: number };

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export function chromePath(): string {
  return process.env.CHROME_PATH ?? "/usr/bin/chromium";
}

export type FormFactor = "mobile" | "desktop";

export async function lighthouseScores(url: string, formFactor: FormFactor = "mobile"): Promise<LighthouseScores> {
  // Lighthouse is an ES module; this file is loaded as CommonJS by tsx.
  const { default: lighthouse } = await import("lighthouse");
  const config =
    formFactor === "desktop" ? (await import("lighthouse/core/config/desktop-config.js")).default : undefined;
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
  });
  try {
    const flags = {
      port: chrome.port,
      output: "json" as const,
      logLevel: "error" as const,
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    };
    const result = await lighthouse(url, flags, config);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse could not load ${url}: ${runtimeError.code} ${runtimeError.message}`);
    const score = (id: string) => Math.round((categories[id]?.score ?? Number.NaN) * 100);
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
    };
  } finally {
    await chrome.kill();
  }
}

export type MedianLighthouseScores = LighthouseScores & { performanceRuns: number[] };

/**
 * Each category's median (nearest rank) over `runs` fresh runs, as Lighthouse's own guidance on
 * variability advises (docs/variability.md there: the median of five runs is about twice as
 * stable as one run). On these shared two-core machines one page's mobile score moves by 10
 * points or more from run to run. The individual performance scores are kept for the report.
 */
export async function medianLighthouseScores(
  url: string,
  formFactor: FormFactor,
  runs: number,
): Promise<MedianLighthouseScores> {
  const all: LighthouseScores[] = [];
  for (let run = 0; run < runs; run++) all.push(await lighthouseScores(url, formFactor));
  const median = (pick: (scores: LighthouseScores) => number) => percentile(all.map(pick), 50);
  return {
    performance: median((s) => s.performance),
    accessibility: median((s) => s.accessibility),
    bestPractices: median((s) => s.bestPractices),
    seo: median((s) => s.seo),
    performanceRuns: all.map((s) => s.performance),
  };
}

/** The audits that cost points in a category, for the report (title and score). */
export async function failingAudits(url: string, category: string): Promise<string[]> {
  const { default: lighthouse } = await import("lighthouse");
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [category],
    });
    const lhr = result?.lhr;
    if (!lhr) return [];
    return (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map(
        (ref) =>
          `${lhr.audits[ref.id]?.title ?? ref.id}: ${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score}`,
      );
  } finally {
    await chrome.kill();
  }
}

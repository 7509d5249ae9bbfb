import * as chromeLauncher from "chrome-launcher";
async function main() {
  const { default: lighthouse } = await import("lighthouse");
  const url = process.argv[2]!;
  const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"], logLevel: "silent" });
  try {
    const r = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    const lhr = r!.lhr;
    const a = (id: string) => lhr.audits[id]?.displayValue;
    console.log(JSON.stringify({ bi: lhr.environment.benchmarkIndex, perf: lhr.categories.performance?.score, fcp: a("first-contentful-paint"), lcp: a("largest-contentful-paint"), tbt: a("total-blocking-time"), si: a("speed-index") }));
    for (const id of ["mainthread-work-breakdown", "bootup-time", "long-tasks", "render-blocking-resources", "largest-contentful-paint-element"]) {
      const d = lhr.audits[id]?.details as any;
      console.log("==", id, lhr.audits[id]?.displayValue ?? "");
      for (const item of (d?.items ?? []).slice(0, 12)) console.log("  ", JSON.stringify(item).slice(0, 220));
    }
  } finally { await chrome.kill(); }
}
main();

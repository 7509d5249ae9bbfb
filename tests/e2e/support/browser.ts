import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";

// Real Chromium from Debian (/usr/bin/chromium), driven by playwright-core. These flags are the
// ones that work as root on a machine with no network (docs/development-notes.md §6).
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const SCREENSHOT_DIR = path.join("test-results", "e2e");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** A fresh context (its own cookies and sessionStorage) and page, with its problems recorded. */
export type BrowserSession = {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors, in order. A journey ends with none. */
  problems: string[];
};

export async function openSession(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserSession> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  // Role-based locators wait this long for the page; navigation gets a little more. Generous,
  // because the machines are shared and a busy one is several times slower.
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    // The message's own location names the resource, which "Failed to load resource" leaves out.
    const source = message.location().url;
    if (message.type() === "error")
      problems.push(`console.error on ${page.url()}: ${message.text()}${source ? ` (${source})` : ""}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught error on ${page.url()}: ${error.message}`));
  return { context, page, problems };
}

/** Full-page screenshot under test-results/e2e/ for a human to look at; returns the file path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9-]+/gi, "-").toLowerCase()}.png`);
  // A full-page shot doesn't scroll, so cards the browser renders only near the screen
  // (content-visibility: auto) would come out blank. Render everything for the shot, then undo it.
  const renderAll = await page.addStyleTag({ content: "* { content-visibility: visible !important; }" });
  await page.screenshot({ path: file, fullPage: true });
  await renderAll.evaluate((style) => (style as Element).remove());
  return file;
}

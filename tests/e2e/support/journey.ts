import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { findSeriousAccessibilityProblems } from "./accessibility";
import { launchBrowser, openSession, saveScreenshot, type BrowserSession } from "./browser";
import { startStoreServer, STORE_START_TIMEOUT_MS, type StoreServer } from "./store-server";

export type Journey<S extends StoreServer = StoreServer> = {
  /** This file's store server (started in beforeAll), e.g. for its Stripe stand-in and outbox. */
  store(): S;
  /** Absolute URL on this file's store server. */
  url(path: string): string;
  /** A new browser context and page; closed after the test, which fails if it logged errors. */
  open(options?: BrowserContextOptions): Promise<BrowserSession>;
  /** Screenshot under test-results/e2e/, then no serious or critical axe violations. */
  expectAccessible(page: Page, screen: string): Promise<void>;
};

export type JourneyOptions<S extends StoreServer> = {
  /** How to start this file's server; defaults to a plain store (see store-with-payments.ts for checkout). */
  startStore?: () => Promise<S>;
};

/**
 * Registers the hooks every journey file needs: one production server on this file's database
 * and one Chromium for the file, a fresh context per test, and after each test a check that no
 * page logged a console error or threw, and the server logged no error.
 */
export function useJourney<S extends StoreServer = StoreServer>(options: JourneyOptions<S> = {}): Journey<S> {
  let store: S | undefined;
  let browser: Browser | undefined;
  let sessions: BrowserSession[] = [];
  let serverErrorsSeen = 0;

  beforeAll(async () => {
    store = options.startStore ? await options.startStore() : ((await startStoreServer()) as S);
    browser = await launchBrowser();
  }, STORE_START_TIMEOUT_MS);

  afterEach(async () => {
    const problems = sessions.flatMap((session) => session.problems);
    await Promise.all(sessions.map((session) => session.context.close()));
    sessions = [];
    const serverErrors = store?.errors() ?? "";
    const newServerErrors = serverErrors.slice(serverErrorsSeen);
    serverErrorsSeen = serverErrors.length;
    if (/⨯|Error/.test(newServerErrors)) problems.push(`server stderr: ${newServerErrors.slice(0, 2_000)}`);
    expect(problems).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await store?.stop();
  });

  const started = () => {
    if (!store || !browser) throw new Error("The store server or browser didn't start; see the beforeAll error.");
    return { store, browser };
  };

  return {
    store: () => started().store,
    url: (path) => started().store.url(path),
    open: async (options) => {
      const session = await openSession(started().browser, options);
      sessions.push(session);
      return session;
    },
    expectAccessible: async (page, screen) => {
      await saveScreenshot(page, screen);
      expect(await findSeriousAccessibilityProblems(page)).toEqual([]);
    },
  };
}

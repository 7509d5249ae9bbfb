/** @jest-environment-options {"template":"seeded"} */
import type { Page } from "playwright-core";
import { getDb } from "@/lib/db";
import {
  createHostileContent,
  IMG_ONERROR,
  SCRIPT_TAG,
  SQL_TEXT,
  type HostileFixture,
} from "./support/hostile-content";
import { useJourney } from "./support/journey";

// Reliability case 19 (docs/reliability-cases.md) in a real browser: markup in a product name, a
// description, a guide's title and body is stored as given and shown as text on every page that
// shows it. No dialog opens, and no element from the markup exists in the page (so this doesn't
// rely on the CSP catching it).

const journey = useJourney();
let fixture: HostileFixture;

beforeAll(async () => {
  fixture = await createHostileContent();
});

it("stores the markup exactly as given", async () => {
  const db = getDb();
  const product = await db.product.findUniqueOrThrow({ where: { slug: fixture.productSlug } });
  const article = await db.article.findUniqueOrThrow({ where: { slug: fixture.articleSlug } });
  expect([product.name, product.description]).toEqual([fixture.productName, fixture.description]);
  expect([article.title, article.body]).toEqual([fixture.articleTitle, fixture.articleBody]);
  expect(await db.product.count()).toBeGreaterThan(1);
});

it("shows product names, descriptions and guides as text, and no dialog fires", async () => {
  const { page } = await journey.open();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });

  await visit(page, `/shoes/${fixture.productSlug}`);
  expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(fixture.productName);
  expect(await page.getByText(fixture.description, { exact: true }).isVisible()).toBe(true);
  expect(await page.getByRole("link", { name: fixture.articleTitle, exact: true }).isVisible()).toBe(true);
  // JSON-LD carries the name too; its "<" are escaped, so the block can't be closed early.
  const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
  expect(jsonLd).not.toContain("<");
  expect(JSON.parse(jsonLd ?? "{}").name).toBe(fixture.productName);

  await visit(page, "/shoes?sort=newest");
  expect(await page.getByRole("link", { name: fixture.productName, exact: true }).isVisible()).toBe(true);

  await visit(page, `/articles/${fixture.articleSlug}`);
  expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(fixture.articleTitle);
  const body = await page.getByRole("article").innerText();
  for (const text of [`Inline ${SCRIPT_TAG} in a sentence.`, IMG_ONERROR, SQL_TEXT]) expect(body).toContain(text);
  expect(await page.getByRole("link", { name: fixture.productName, exact: true }).isVisible()).toBe(true);

  await visit(page, "/articles");
  expect(await page.getByRole("link", { name: fixture.articleTitle, exact: true }).isVisible()).toBe(true);
  await visit(page, "/");
  expect(await page.getByRole("link", { name: fixture.articleTitle, exact: true }).isVisible()).toBe(true);

  expect(dialogs).toEqual([]);
}, 120_000);

/** Opens the page, lets any image error or script run, and checks the markup made no elements. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(journey.url(path));
  await page.waitForLoadState("networkidle");
  const injected = await page.evaluate(() => {
    const found: string[] = [];
    document.querySelectorAll('img[src="x"]').forEach(() => found.push('img src="x"'));
    document
      .querySelectorAll('a[href^="javascript:" i]')
      .forEach((link) => found.push(`javascript: link ${link.textContent}`));
    document.querySelectorAll("script:not([type='application/ld+json'])").forEach((script) => {
      if (script.textContent?.includes("alert(1)") && !script.textContent.includes("self.__next_f"))
        found.push("script with alert(1)");
    });
    document.querySelectorAll("*").forEach((element) => {
      for (const attribute of element.attributes)
        if (attribute.name.startsWith("on")) found.push(`${element.tagName} ${attribute.name}`);
    });
    return found;
  });
  expect({ path, injected }).toEqual({ path, injected: [] });
}

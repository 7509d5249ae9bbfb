/** @jest-environment-options {"template":"seeded"} */
import type { Locator, Page } from "playwright-core";
import { getDb } from "@/lib/db";
import { COMPILE_HINT } from "../../scripts/lib/compile-hints";
import { saveScreenshot } from "./support/browser";
import { useJourney } from "./support/journey";

// Shopping without the quiz: home → a collection → filters (plain links that keep every choice in
// the URL) → a product → its size and width pickers.

const journey = useJourney();

it("goes from home to a collection, narrows it by width, size and range, and picks a size and width on a product", async () => {
  const collection = await getDb().collection.findUniqueOrThrow({ where: { slug: "wide-and-extra-wide" } });
  const { page } = await journey.open();
  const scripts: Promise<string>[] = [];
  page.on("response", (response) => {
    if (/^\/_next\/static\/chunks\/.+\.js$/.test(new URL(response.url()).pathname)) scripts.push(response.text());
  });
  await page.goto(journey.url("/"));
  await page.waitForLoadState("networkidle");
  await journey.expectAccessible(page, "browse-1-home");
  // The build put V8's compile hint on the first line of every script the page loaded (decision 0013).
  const sources = await Promise.all(scripts);
  expect(sources.length).toBeGreaterThan(3);
  for (const source of sources) expect(source.startsWith(COMPILE_HINT)).toBe(true);

  await page
    .getByRole("region", { name: "Browse collections" })
    .getByRole("link", { name: collection.title, exact: true })
    .click();
  await page.waitForURL(journey.url(`/collections/${collection.slug}`));
  await page.getByRole("heading", { level: 1, name: collection.title }).waitFor();
  await saveScreenshot(page, "browse-2-collection");
  let shown = await readCount(page);

  // Each filter link says how many shoes it leaves; the list then shows exactly that many.
  const filters = page.getByRole("navigation", { name: "Filters" });
  const steps = [
    { link: /^Width: 4E, \d+ shoes?$/, param: "width=4E" },
    { link: /^Size \(US\): 11, \d+ shoes?$/, param: "size=11" },
    { link: /^Range: Men's, \d+ shoes?$/, param: "range=men" },
  ];
  const applied: string[] = [];
  for (const step of steps) {
    const link = filters.getByRole("link", { name: step.link });
    const promised = countInName(await link.getAttribute("aria-label"));
    expect(promised).toBeLessThan(shown);
    await link.click();
    applied.push(step.param);
    await page.waitForURL((url) => applied.every((param) => url.search.includes(param)));
    await page.getByText(`${promised} ${promised === 1 ? "shoe" : "shoes"}`, { exact: true }).waitFor();
    shown = promised;
  }
  const filteredUrl = page.url();
  await saveScreenshot(page, "browse-3-filtered");

  const firstCard = page.getByRole("article").first();
  // textContent, not innerText: cards are content-visibility: auto, and Chromium gives the
  // innerText of a card it hasn't rendered yet as "" (the link's accessible name is unaffected).
  const productName = ((await firstCard.getByRole("heading", { level: 3 }).textContent()) ?? "").trim();
  await firstCard.getByRole("link", { name: productName, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: productName, exact: true }).waitFor();
  await page.waitForLoadState("networkidle");
  const slug = new URL(page.url()).pathname.replace("/shoes/", "");

  const sizing = page.getByRole("group", { name: "Sizing", exact: true });
  if (await sizing.count()) await sizing.getByRole("radio", { name: "Men's sizes", exact: true }).check();
  await pickRadio(page.getByRole("group", { name: "Size (US men's)", exact: true }), /^11$/);
  await pickRadio(page.getByRole("group", { name: "Width in size 11", exact: true }), /^4E\b/);
  const variant = await getDb().variant.findFirstOrThrow({
    where: { product: { slug }, fitRange: "men", sizeLabel: "11", widthCode: "4E" },
  });
  await page.getByText(`Selected: size 11, width 4E (SKU ${variant.sku}).`, { exact: true }).waitFor();
  expect(variant.stock).toBeGreaterThan(0);
  await journey.expectAccessible(page, "browse-4-product-size-and-width");

  // Back to the list: the filters are still in the URL and still applied.
  await page.goBack();
  await page.waitForURL(filteredUrl);
  expect(await readCount(page)).toBe(shown);
}, 180_000);

it("lists every published shoe on /shoes with no serious accessibility problems", async () => {
  const published = await getDb().product.count({ where: { published: true } });
  const { page } = await journey.open();
  await page.goto(journey.url("/shoes"));
  await page.waitForLoadState("networkidle");
  expect(await readCount(page)).toBe(published);
  await journey.expectAccessible(page, "browse-all-shoes");
}, 120_000);

/** The "N shoes" line above the list. */
async function readCount(page: Page): Promise<number> {
  const text = await page.getByText(/^\d+ shoes?$/).innerText();
  return Number.parseInt(text, 10);
}

function countInName(name: string | null): number {
  const match = name?.match(/, (\d+) shoes?$/);
  if (!match) throw new Error(`No count in filter link "${name}"`);
  return Number(match[1]);
}

/** Clicks the option's label, as a mouse user does: the radio itself is visually hidden. */
async function pickRadio(group: Locator, name: RegExp): Promise<void> {
  const radio = group.getByRole("radio", { name });
  await group
    .locator("label")
    .filter({ has: group.page().getByRole("radio", { name }) })
    .click();
  expect(await radio.isChecked()).toBe(true);
}

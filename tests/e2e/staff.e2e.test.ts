/** @jest-environment-options {"template":"seeded"} */
import type { Locator, Page } from "playwright-core";
import { getDb } from "@/lib/db";
import { formatMoney } from "@/lib/money";
import { insertStaffUser } from "@/lib/staff/insert-staff-user";
import { SECURE_COOKIE_NAME } from "@/lib/staff/session-cookie";
import { saveScreenshot } from "./support/browser";
import { useJourney } from "./support/journey";
import { readResultSection, takeFitQuiz, type ResultPick } from "./support/take-fit-quiz";

// A staff member at work, in Chromium: signs in through the form, changes a shoe the fit quiz
// recommends (its price, then one size's stock) in the admin, and the shop and the quiz results
// show the change. A signed-out visitor gets the sign-in page, never admin data.

const journey = useJourney();

const STAFF = { email: "e2e-staff@example.com", password: "a long e2e staff passphrase", role: "staff" as const };

beforeAll(async () => {
  // As `npm run staff:create` does: argon2id hash and an audit entry. "staff" can edit products.
  await insertStaffUser(getDb(), STAFF, { via: "cli" });
});

it("signs in, changes a recommended shoe's price and one size's stock in the admin, and the shop and quiz results show both", async () => {
  const db = getDb();
  const shopper = await journey.open();
  const firstResults = await takeFitQuiz(shopper.page, journey.url("/fit"));
  const [pick] = await readResultSection(shopper.page);
  if (!pick) throw new Error("The quiz showed no top pick.");
  const variant = await db.variant.findUniqueOrThrow({ where: { sku: pick.sku }, include: { product: true } });
  const { product } = variant;
  expect(variant.priceCentsOverride).toBeNull();
  expect(pick.priceText).toBe(formatMoney(product.priceCents, product.currency));
  const newPriceCents = product.priceCents + 1_000;
  const newPrice = formatMoney(newPriceCents, product.currency);

  // Sign in through the form.
  const { page } = await journey.open();
  await page.goto(journey.url("/admin/login"));
  await page.getByRole("heading", { level: 1, name: "Staff sign-in" }).waitFor();
  await page.waitForLoadState("networkidle");
  await journey.expectAccessible(page, "staff-1-login");
  await page.getByLabel("Email", { exact: true }).fill(STAFF.email);
  await page.getByLabel("Password", { exact: true }).fill(STAFF.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(journey.url("/admin"));
  await page.getByText(`Signed in as ${STAFF.email} (staff)`).waitFor();

  // Products → search → the recommended shoe.
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Products", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Products" }).waitFor();
  await page.waitForLoadState("networkidle");
  await journey.expectAccessible(page, "staff-2-products");
  await page.getByRole("search", { name: "Filter products" }).getByLabel("Search").fill(product.name);
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get("q") === product.name);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: product.name, exact: true }) });
  expect(await row.count()).toBe(1);
  expect(await row.innerText()).toContain(formatMoney(product.priceCents, product.currency));
  await row.getByRole("link", { name: product.name, exact: true }).click();
  await page.waitForURL(journey.url(`/admin/products/${product.id}`));
  await page.getByRole("heading", { level: 1, name: product.name, exact: true }).waitFor();
  await page.waitForLoadState("networkidle");
  await journey.expectAccessible(page, "staff-3-product-edit");

  // The price.
  const priceField = page.getByRole("textbox", { name: "Price", exact: true });
  expect(await priceField.inputValue()).toBe((product.priceCents / 100).toFixed(2));
  await priceField.fill((newPriceCents / 100).toFixed(2));
  await page.getByRole("button", { name: "Save changes", exact: true }).click();
  await page.getByRole("status").getByText("Saved. The shop shows the change now.", { exact: true }).waitFor();
  expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).priceCents).toBe(newPriceCents);
  expect(
    await db.auditLog.count({
      where: { action: "product.update", entityId: product.id, actor: { email: STAFF.email } },
    }),
  ).toBe(1);

  // The shop: the product page has the new price...
  await shopper.page.goto(journey.url(`/shoes/${product.slug}`));
  const productPrice = shopper.page
    .getByRole("heading", { level: 1, name: product.name, exact: true })
    .locator("xpath=following-sibling::p[1]");
  expect(await productPrice.innerText()).toBe(newPrice);
  // ...the results made before say what moved...
  await shopper.page.goto(journey.url(firstResults));
  expect(await cardFor(shopper.page, pick).getByRole("note").innerText()).toBe(`Price is now ${newPrice}.`);
  // ...and the same answers now recommend it at the new price.
  const secondResults = await takeFitQuiz(shopper.page, journey.url("/fit"));
  expect(secondResults).not.toBe(firstResults);
  const repriced = (await readAllPicks(shopper.page)).find((shown) => shown.sku === pick.sku);
  expect(repriced?.priceText).toBe(newPrice);
  await saveScreenshot(shopper.page, "staff-4-results-new-price");

  // One size's stock: sold out, then back with two pairs.
  await page.getByRole("link", { name: /sizes, \d+ pairs: edit sizes and stock$/ }).click();
  await page.waitForURL(journey.url(`/admin/products/${product.id}/variants`));
  await page.waitForLoadState("networkidle");
  await journey.expectAccessible(page, "staff-5-sizes-and-stock");
  await setStock(page, variant, "0");
  expect((await db.variant.findUniqueOrThrow({ where: { sku: pick.sku } })).stock).toBe(0);

  await openWidths(shopper.page, product.slug, variant);
  const widthRadio = shopper.page
    .getByRole("group", { name: `Width in size ${variant.sizeLabel}`, exact: true })
    .getByRole("radio", { name: new RegExp(`^${variant.widthCode} ·`) });
  expect(await widthRadio.locator("xpath=..").innerText()).toBe(`${variant.widthCode} · out of stock`);
  expect(await widthRadio.isDisabled()).toBe(true);
  await saveScreenshot(shopper.page, "staff-6-product-size-sold-out");
  await shopper.page.goto(journey.url(secondResults));
  const soldOutCard = cardFor(shopper.page, pick);
  expect(await soldOutCard.getByRole("note").innerText()).toBe(`Now out of stock in US ${pick.size} ${pick.width}.`);
  expect(await soldOutCard.getByRole("button", { name: /to cart$/ }).count()).toBe(0);
  await takeFitQuiz(shopper.page, journey.url("/fit"));
  expect((await readAllPicks(shopper.page)).map((shown) => shown.sku)).not.toContain(pick.sku);

  await setStock(page, variant, "2");
  expect((await db.variant.findUniqueOrThrow({ where: { sku: pick.sku } })).stock).toBe(2);
  await openWidths(shopper.page, product.slug, variant);
  expect(await widthRadio.isEnabled()).toBe(true);
  expect(await widthRadio.locator("xpath=..").innerText()).toBe(`${variant.widthCode} · 2 left`);
}, 300_000);

it("sends a signed-out visitor from /admin and admin pages to the sign-in page, with no admin data", async () => {
  const product = await getDb().product.findFirstOrThrow({ where: { published: true }, orderBy: { slug: "asc" } });
  const { page, context } = await journey.open();

  for (const path of [
    "/admin",
    `/admin/products/${product.id}`,
    `/admin/products/${product.id}/variants`,
    "/admin/orders",
  ]) {
    const response = await context.request.get(journey.url(path), { maxRedirects: 0 });
    expect([path, response.status()]).toEqual([path, 307]);
    expect(new URL(response.headers().location ?? "", journey.url("/")).toString()).toBe(
      journey.url(`/admin/login?next=${encodeURIComponent(path)}`),
    );
    expect(await response.text()).not.toContain(product.name);

    await page.goto(journey.url(path));
    await page.getByRole("heading", { level: 1, name: "Staff sign-in" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/admin/login");
    await expectNoAdminData(page, product.name);
  }

  // The pages check the session themselves: a session cookie gets past the proxy's "is there a
  // cookie?" redirect, but one that names no live session still ends at the sign-in page (sent as
  // a header: Chromium won't let a test plant a __Host- cookie on plain http).
  const forgedCookie = { cookie: `${SECURE_COOKIE_NAME}=forged-session-token` };
  const forged = await context.request.get(journey.url(`/admin/products/${product.id}`), {
    headers: forgedCookie,
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(307);
  // No "?next=": this redirect came from the page's own requireStaff(), not from the proxy.
  expect(forged.headers().location).toBe("/admin/login");
  expect(await forged.text()).not.toContain(product.name);
  await page.setExtraHTTPHeaders(forgedCookie);
  await page.goto(journey.url(`/admin/products/${product.id}`));
  await page.getByRole("heading", { level: 1, name: "Staff sign-in" }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/admin/login");
  await expectNoAdminData(page, product.name);

  // And the admin's JSON API answers 401 with nothing in it.
  const api = await context.request.get(journey.url("/api/admin/products"));
  expect(api.status()).toBe(401);
  expect(await api.text()).not.toContain(product.name);
}, 120_000);

async function expectNoAdminData(page: Page, productName: string): Promise<void> {
  expect(await page.getByRole("navigation", { name: "Admin" }).count()).toBe(0);
  expect(await page.getByText(/Signed in as/).count()).toBe(0);
  expect(await page.locator("body").innerText()).not.toContain(productName);
}

/** The card for this pick's SKU on a results page, in whichever section it is. */
function cardFor(page: Page, pick: ResultPick): Locator {
  return page.getByRole("article").filter({ hasText: `(SKU ${pick.sku})` });
}

async function readAllPicks(page: Page): Promise<ResultPick[]> {
  const sections = ["Top picks", "Nearest roomier width", "For contrast", "Just over budget"];
  const all = await Promise.all(sections.map((section) => readResultSection(page, section)));
  return all.flat();
}

/** Types a stock figure into one size × width cell of the variant grid and saves it. */
async function setStock(
  page: Page,
  variant: { fitRange: string; sizeLabel: string; widthCode: string },
  stock: string,
): Promise<void> {
  const range = variant.fitRange === "men" ? "Men's sizes" : "Women's sizes";
  const cell = page.getByRole("textbox", {
    name: `${range} ${variant.sizeLabel}, width ${variant.widthCode}: pairs in stock (empty: not offered)`,
    exact: true,
  });
  await cell.fill(stock);
  await page.getByRole("button", { name: "Save 1 change", exact: true }).click();
  // The grid reloads from the database after a save: the typed value is now the stored one, so
  // nothing is left to save...
  await page.getByRole("button", { name: "Save 0 changes", exact: true }).waitFor();
  expect(await cell.inputValue()).toBe(stock);
  // ...and the save's message is still there: reloading the cells doesn't wipe it.
  expect(await page.getByRole("status").innerText()).toBe("Saved: 0 added, 1 changed, 0 removed.");
}

/** The shop's product page with this variant's size chosen, so its widths show. */
async function openWidths(page: Page, slug: string, variant: { fitRange: string; sizeLabel: string }): Promise<void> {
  await page.goto(journey.url(`/shoes/${slug}`));
  await page.waitForLoadState("networkidle");
  const sizing = page.getByRole("group", { name: "Sizing", exact: true });
  if (await sizing.count())
    await sizing
      .getByRole("radio", { name: variant.fitRange === "men" ? "Men's sizes" : "Women's sizes", exact: true })
      .check();
  const sizes = page.getByRole("group", {
    name: `Size (US ${variant.fitRange === "men" ? "men's" : "women's"})`,
    exact: true,
  });
  // A size sold out in every width says so in its name: "11 (out of stock in every width)".
  const size = page.getByRole("radio", { name: new RegExp(`^${variant.sizeLabel.replace(".", "\\.")}(?: \\(|$)`) });
  await sizes.locator("label").filter({ has: size }).click();
  await page.getByRole("group", { name: `Width in size ${variant.sizeLabel}`, exact: true }).waitFor();
}

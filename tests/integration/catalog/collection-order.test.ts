/** @jest-environment-options {"template":"seeded"} */
import { mockRequest, SAME_ORIGIN_HEADERS } from "../../support/next-request-mocks";
import { renderToStaticMarkup } from "react-dom/server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { saveCollectionAction } from "@/lib/admin/content/collection-actions";
import { getCatalogSnapshot } from "@/lib/catalog/get-catalog-snapshot";
import { listingQuerySchema, PAGE_SIZE } from "@/lib/catalog/listing-query";
import { searchCatalog } from "@/lib/catalog/search-catalog";
import { productHref } from "@/lib/routes/storefront";
import CollectionPage from "@/app/collections/[slug]/page";
import { createStaff, signInCookie } from "../admin/support";

// A collection page lists its shoes in the order staff set in the admin (CollectionProduct.position),
// not the site-wide featured order (issue #17); a shopper's own sort still applies.

const page = (slug: string, query: Record<string, string> = {}) =>
  CollectionPage({ params: Promise.resolve({ slug }), searchParams: Promise.resolve(query) });

/** Product slugs in the order the rendered page links to them. */
function listedSlugs(html: string, slugs: string[]): string[] {
  const at = slugs
    .map((slug) => ({ slug, index: html.indexOf(`href="${productHref(slug)}"`) }))
    .filter((entry) => entry.index >= 0);
  return at.sort((a, b) => a.index - b.index).map((entry) => entry.slug);
}

let collection: { id: string; slug: string; title: string; description: string; featuredRank: number | null };
/** The collection's published shoes in the site-wide featured order (what the page used to show). */
let siteWideOrder: { id: string; slug: string }[] = [];

beforeAll(async () => {
  await createStaff("curator@example.com");
  mockRequest({ cookie: await signInCookie("curator@example.com"), headers: SAME_ORIGIN_HEADERS });
  const db = getDb();
  const collections = await db.collection.findMany({
    include: { products: { where: { product: { published: true } }, select: { productId: true } } },
  });
  const chosen = collections
    .filter((candidate) => candidate.products.length >= 3)
    .sort((a, b) => b.products.length - a.products.length)[0];
  if (!chosen) throw new Error("the seeded catalog has no collection with three published shoes");
  collection = chosen;
  const members = new Set(chosen.products.map((member) => member.productId));
  const everything = searchCatalog(await getCatalogSnapshot(), listingQuerySchema.parse({ page: 1 }));
  const all = [...everything.products];
  for (let next = 2; next <= everything.pageCount; next++)
    all.push(...searchCatalog(await getCatalogSnapshot(), listingQuerySchema.parse({ page: next })).products);
  siteWideOrder = all.filter((product) => members.has(product.id)).map(({ id, slug }) => ({ id, slug }));
  expect(siteWideOrder.length).toBe(members.size);
});

async function saveOrder(productIds: string[]) {
  const result = await saveCollectionAction(collection.id, {
    title: collection.title,
    slug: collection.slug,
    description: collection.description,
    featuredRank: collection.featuredRank === null ? "" : String(collection.featuredRank),
    productIds,
  });
  expect(result).toMatchObject({ ok: true });
}

describe("a collection page's order", () => {
  it("follows the order staff saved, which the site-wide featured order would not give", async () => {
    const staffOrder = [...siteWideOrder].reverse();
    await saveOrder(staffOrder.map((product) => product.id));
    const html = renderToStaticMarkup(await page(collection.slug));
    const expected = staffOrder.slice(0, PAGE_SIZE).map((product) => product.slug);
    expect(
      listedSlugs(
        html,
        siteWideOrder.map((product) => product.slug),
      ),
    ).toEqual(expected);
    expect(expected).not.toEqual(siteWideOrder.slice(0, PAGE_SIZE).map((product) => product.slug));
  });

  it("shows a new order on the next request after staff move a shoe, and revalidates the page", async () => {
    const moved = [...siteWideOrder];
    moved.push(moved.shift()!);
    jest.mocked(revalidatePath).mockClear();
    await saveOrder(moved.map((product) => product.id));
    expect(revalidatePath).toHaveBeenCalledWith(`/collections/${collection.slug}`);
    const html = renderToStaticMarkup(await page(collection.slug));
    expect(
      listedSlugs(
        html,
        moved.map((product) => product.slug),
      ),
    ).toEqual(moved.slice(0, PAGE_SIZE).map((product) => product.slug));
  });

  it("keeps the same order when the URL names the default sort, and a shopper's price sort still sorts by price", async () => {
    const staffOrder = [...siteWideOrder].reverse();
    await saveOrder(staffOrder.map((product) => product.id));
    const featured = renderToStaticMarkup(await page(collection.slug, { sort: "featured" }));
    expect(
      listedSlugs(
        featured,
        staffOrder.map((product) => product.slug),
      ),
    ).toEqual(staffOrder.slice(0, PAGE_SIZE).map((product) => product.slug));

    const snapshot = await getCatalogSnapshot();
    const price = new Map(snapshot.products.map((product) => [product.slug, product.priceCents]));
    const cheapest = renderToStaticMarkup(await page(collection.slug, { sort: "price-asc" }));
    const listed = listedSlugs(
      cheapest,
      staffOrder.map((product) => product.slug),
    );
    expect(listed).toHaveLength(Math.min(staffOrder.length, PAGE_SIZE));
    const prices = listed.map((slug) => price.get(slug) as number);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  it("leaves the shoes page in the site-wide featured order", async () => {
    const staffOrder = [...siteWideOrder].reverse();
    await saveOrder(staffOrder.map((product) => product.id));
    const members = new Set(siteWideOrder.map((product) => product.id));
    const shoes = searchCatalog(await getCatalogSnapshot(), listingQuerySchema.parse({}));
    const onFirstPage = shoes.products.filter((product) => members.has(product.id)).map((product) => product.slug);
    expect(onFirstPage).toEqual(siteWideOrder.map((product) => product.slug).slice(0, onFirstPage.length));
  });
});

import fc from "fast-check";
import { listingQuerySchema, PAGE_SIZE, type FacetKey, type ListingQuery } from "@/lib/catalog/listing-query";
import { searchCatalog } from "@/lib/catalog/search-catalog";
import { CLOSURES, SUPPORTS } from "@/lib/catalog/fit-facts";
import { referenceSearch } from "./reference-search";
import { product, snapshot, type VariantSpec } from "./snapshot-fixture";

const query = (input: Record<string, unknown> = {}): ListingQuery => listingQuerySchema.parse(input);
const slugs = (result: { products: { slug: string }[] }) => result.products.map((p) => p.slug);

// Four shoes chosen so size, width and stock interact:
// - alpha: men's 11 4E in stock (and 10 4E sold out);
// - bravo: women's only;
// - charlie: unisex, men's 10 4E in stock, men's 11 only in D and sold out;
// - delta: men's 11 in stock (D) and 4E in stock (size 10), but 11 4E sold out.
const ALPHA = product({
  slug: "alpha",
  name: "Alpha",
  featuredRank: 2,
  createdAt: 1000,
  priceCents: 9999, // $99.99
  support: "neutral",
  cushionLevel: 3,
  dropMm: 8,
  removableInsole: true,
  closure: "laces",
  collections: ["wide"],
  variants: [
    ["men", "10", "D", 5],
    ["men", "10", "4E", 0],
    ["men", "11", "4E", 2],
  ],
});
const BRAVO = product({
  slug: "bravo",
  name: "Bravo",
  range: "women",
  featuredRank: 1,
  createdAt: 3000,
  priceCents: 12999, // $129.99
  support: "stability",
  cushionLevel: 4,
  dropMm: 4,
  removableInsole: false,
  closure: "slip_on",
  variants: [
    ["women", "8", "B", 3],
    ["women", "8", "D", 1],
  ],
});
const CHARLIE = product({
  slug: "charlie",
  name: "Charlie",
  range: "unisex",
  createdAt: 2000,
  priceCents: 16000, // $160.00
  support: "motion",
  cushionLevel: 5,
  dropMm: 10,
  removableInsole: true,
  closure: "hook_and_loop",
  collections: ["wide"],
  variants: [
    ["men", "10", "4E", 1],
    ["women", "10", "2E", 4],
    ["men", "11", "D", 0],
  ],
});
const DELTA = product({
  slug: "delta",
  name: "Delta",
  createdAt: 4000,
  priceCents: 10000, // $100.00
  support: "neutral",
  cushionLevel: 2,
  dropMm: 0,
  removableInsole: false,
  closure: "laces",
  variants: [
    ["men", "10", "4E", 2],
    ["men", "11", "D", 3],
    ["men", "11", "4E", 0],
  ],
});
const CATALOG = snapshot([DELTA, CHARLIE, BRAVO, ALPHA]);

describe("searchCatalog filters", () => {
  it("lists every product with no filters", () => {
    const result = searchCatalog(CATALOG, query());
    expect(result.total).toBe(4);
    expect(slugs(result)).toEqual(["bravo", "alpha", "charlie", "delta"]);
  });

  it("needs one in-stock variant with the size and width together", () => {
    expect(slugs(searchCatalog(CATALOG, query({ size: "11", width: "4E" })))).toEqual(["alpha"]);
    // delta has 11 (in D) and 4E (in 10) in stock, but not 11 in 4E.
    expect(slugs(searchCatalog(CATALOG, query({ size: "11" })))).toEqual(["alpha", "delta"]);
    expect(slugs(searchCatalog(CATALOG, query({ width: "4E" })))).toEqual(["alpha", "charlie", "delta"]);
  });

  it("filters range by the variant's sizing, so a unisex shoe appears under both", () => {
    expect(slugs(searchCatalog(CATALOG, query({ range: "women" })))).toEqual(["bravo", "charlie"]);
    expect(slugs(searchCatalog(CATALOG, query({ range: "men" })))).toEqual(["alpha", "charlie", "delta"]);
    // charlie's women's 10 is 2E, its 4E is men's only.
    expect(slugs(searchCatalog(CATALOG, query({ range: "women", width: "4E" })))).toEqual([]);
  });

  it("ignores sold-out variants", () => {
    // alpha's only 10 4E is sold out.
    expect(slugs(searchCatalog(CATALOG, query({ size: "10", width: "4E" })))).toEqual(["charlie", "delta"]);
  });

  it("filters product facts: support, cushion, closure, insole", () => {
    expect(slugs(searchCatalog(CATALOG, query({ support: "neutral" })))).toEqual(["alpha", "delta"]);
    expect(slugs(searchCatalog(CATALOG, query({ cushion: "5" })))).toEqual(["charlie"]);
    expect(slugs(searchCatalog(CATALOG, query({ closure: "laces" })))).toEqual(["alpha", "delta"]);
    expect(slugs(searchCatalog(CATALOG, query({ insole: "removable" })))).toEqual(["alpha", "charlie"]);
  });

  it("puts drop and price on band edges the documented way (drop inclusive, price upper bound exclusive)", () => {
    expect(slugs(searchCatalog(CATALOG, query({ drop: "0-4" })))).toEqual(["bravo", "delta"]);
    expect(slugs(searchCatalog(CATALOG, query({ drop: "5-8" })))).toEqual(["alpha"]);
    expect(slugs(searchCatalog(CATALOG, query({ drop: "9-16" })))).toEqual(["charlie"]);
    expect(slugs(searchCatalog(CATALOG, query({ price: "under-100" })))).toEqual(["alpha"]);
    expect(slugs(searchCatalog(CATALOG, query({ price: "100-130" })))).toEqual(["bravo", "delta"]);
    expect(slugs(searchCatalog(CATALOG, query({ price: "130-160" })))).toEqual([]);
    expect(slugs(searchCatalog(CATALOG, query({ price: "160-up" })))).toEqual(["charlie"]);
  });

  it("combines filters with AND", () => {
    expect(
      slugs(searchCatalog(CATALOG, query({ width: "4E", range: "men", support: "neutral", insole: "removable" }))),
    ).toEqual(["alpha"]);
  });

  it("limits the search to a collection scope, facets included", () => {
    const result = searchCatalog(CATALOG, query(), { collection: "wide" });
    expect(slugs(result)).toEqual(["alpha", "charlie"]);
    expect(result.facets.support).toEqual({ neutral: 1, motion: 1 });
  });
});

describe("searchCatalog facet counts", () => {
  it("counts each facet with every other filter applied but its own", () => {
    const { facets, total } = searchCatalog(CATALOG, query({ width: "4E", range: "men" }));
    expect(total).toBe(3);
    // width facet: men's in-stock widths, ignoring the 4E choice.
    expect(facets.width).toEqual({ D: 2, "4E": 3 });
    // range facet: in-stock 4E, any sizing.
    expect(facets.range).toEqual({ men: 3 });
    // size facet: men's 4E sizes in stock (alpha 11; charlie and delta 10).
    expect(facets.size).toEqual({ "10": 2, "11": 1 });
    expect(facets.support).toEqual({ neutral: 2, motion: 1 });
    expect(facets.cushion).toEqual({ "3": 1, "5": 1, "2": 1 });
    expect(facets.drop).toEqual({ "5-8": 1, "9-16": 1, "0-4": 1 });
    expect(facets.price).toEqual({ "under-100": 1, "160-up": 1, "100-130": 1 });
    expect(facets.insole).toEqual({ removable: 2 });
    expect(facets.closure).toEqual({ laces: 2, hook_and_loop: 1 });
  });

  it("keeps size and width tied to one variant in the counts", () => {
    const { facets } = searchCatalog(CATALOG, query({ size: "11" }));
    // alpha has 11 in 4E; delta has 11 in D only (its 11 4E is sold out); charlie's 11 is sold out.
    expect(facets.width).toEqual({ "4E": 1, D: 1 });
    expect(facets.size).toEqual({ "10": 3, "11": 2, "8": 1 });
  });

  it("gives each facet value the total that choosing it would give", () => {
    fc.assert(
      fc.property(catalogArbitrary, queryArbitrary, (products, input) => {
        const catalog = snapshot(products);
        const base = query(input);
        const { facets } = searchCatalog(catalog, base);
        for (const key of Object.keys(facets) as FacetKey[]) {
          for (const [value, count] of Object.entries(facets[key])) {
            const chosen = query({ ...input, [key]: value });
            expect(searchCatalog(catalog, chosen).total).toBe(count);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("searchCatalog against a plain reference implementation", () => {
  it("gives the same page, totals and facet counts for random catalogs, queries, sorts, pages and scopes", () => {
    fc.assert(
      fc.property(
        catalogArbitrary,
        queryArbitrary,
        fc.constantFrom("featured", "price-asc", "price-desc", "newest"),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(undefined, "wide"),
        (products, input, sort, page, collection) => {
          const catalog = snapshot(products);
          const q = query({ ...input, sort, page });
          const expected = referenceSearch(catalog, q, collection);
          const actual = searchCatalog(catalog, q, { collection });
          expect(slugs(actual)).toEqual(slugs(expected));
          expect(actual.total).toBe(expected.total);
          expect(actual.pageCount).toBe(expected.pageCount);
          expect(actual.facets).toEqual(expected.facets);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("serves a repeated query from the cache, and a new snapshot afresh", () => {
    const first = searchCatalog(CATALOG, query({ width: "4E" }));
    expect(searchCatalog(CATALOG, query({ width: "4E" }))).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.products) && Object.isFrozen(first.facets.width)).toBe(true);
    const changed = snapshot([DELTA, CHARLIE, BRAVO, product({ ...ALPHA, variants: [["men", "11", "4E", 0]] })]);
    expect(slugs(searchCatalog(changed, query({ width: "4E" })))).toEqual(["charlie", "delta"]);
  });
});

describe("searchCatalog sorting", () => {
  it("features ranked products first, by rank, then the rest by name", () => {
    expect(slugs(searchCatalog(CATALOG, query({ sort: "featured" })))).toEqual(["bravo", "alpha", "charlie", "delta"]);
  });

  it("sorts by price both ways and by newest", () => {
    expect(slugs(searchCatalog(CATALOG, query({ sort: "price-asc" })))).toEqual(["alpha", "delta", "bravo", "charlie"]);
    expect(slugs(searchCatalog(CATALOG, query({ sort: "price-desc" })))).toEqual([
      "charlie",
      "bravo",
      "delta",
      "alpha",
    ]);
    expect(slugs(searchCatalog(CATALOG, query({ sort: "newest" })))).toEqual(["delta", "bravo", "charlie", "alpha"]);
  });

  it("breaks price ties by name, so the order is stable", () => {
    const tied = snapshot([
      product({ slug: "zulu", name: "Zulu" }),
      product({ slug: "echo", name: "Echo" }),
      product({ slug: "mike", name: "Mike" }),
    ]);
    expect(slugs(searchCatalog(tied, query({ sort: "price-asc" })))).toEqual(["echo", "mike", "zulu"]);
    expect(slugs(searchCatalog(tied, query({ sort: "price-desc" })))).toEqual(["echo", "mike", "zulu"]);
  });

  it("does not reorder the snapshot it was given", () => {
    searchCatalog(CATALOG, query({ sort: "price-desc" }));
    expect(CATALOG.products.map((p) => p.slug)).toEqual(["delta", "charlie", "bravo", "alpha"]);
  });
});

describe("searchCatalog pagination", () => {
  const many = snapshot(
    Array.from({ length: 50 }, (_, i) =>
      product({ slug: `shoe-${String(i).padStart(2, "0")}`, priceCents: 5000 + i * 100 }),
    ),
  );

  it(`returns ${PAGE_SIZE} per page and the page count`, () => {
    const first = searchCatalog(many, query({ sort: "price-asc" }));
    expect(first.products).toHaveLength(PAGE_SIZE);
    expect(first).toMatchObject({ total: 50, page: 1, pageCount: 3 });
    expect(first.products[0]?.slug).toBe("shoe-00");
    const last = searchCatalog(many, query({ sort: "price-asc", page: 3 }));
    expect(slugs(last)).toEqual(["shoe-48", "shoe-49"]);
  });

  it("gives an empty page past the end, not an error", () => {
    const past = searchCatalog(many, query({ page: 9 }));
    expect(past.products).toEqual([]);
    expect(past).toMatchObject({ total: 50, page: 9, pageCount: 3 });
  });

  it("reports one page for an empty result", () => {
    expect(searchCatalog(many, query({ width: "6E" }))).toMatchObject({ total: 0, pageCount: 1, products: [] });
  });
});

// Random small catalogs and queries for the facet invariant.
const variantArbitrary: fc.Arbitrary<VariantSpec> = fc.tuple(
  fc.constantFrom("men" as const, "women" as const),
  fc.constantFrom("9", "10", "11"),
  fc.constantFrom("B" as const, "D" as const, "2E" as const, "4E" as const),
  fc.constantFrom(0, 0, 1, 3),
);
const catalogArbitrary = fc
  .array(
    fc.record({
      support: fc.constantFrom(...SUPPORTS),
      cushionLevel: fc.integer({ min: 1, max: 5 }),
      dropMm: fc.integer({ min: 0, max: 14 }),
      priceCents: fc.constantFrom(8000, 9999, 10000, 12999, 13000, 15999, 16000, 20000),
      removableInsole: fc.boolean(),
      closure: fc.constantFrom(...CLOSURES),
      variants: fc.array(variantArbitrary, { maxLength: 6 }),
      name: fc.constantFrom("Amble", "amble", "Brook", "Ridge", "Éclair", "Zephyr"),
      featuredRank: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
      createdAt: fc.integer({ min: 0, max: 5 }),
      collections: fc.subarray(["wide", "men"]),
    }),
    { maxLength: 40 },
  )
  .map((rows) => rows.map((row, i) => product({ ...row, slug: `p${String(i).padStart(2, "0")}` })));
const queryArbitrary = fc.record(
  {
    range: fc.constantFrom("men", "women"),
    size: fc.constantFrom("9", "10", "11"),
    width: fc.constantFrom("B", "D", "2E", "4E"),
    support: fc.constantFrom(...SUPPORTS),
    cushion: fc.integer({ min: 1, max: 5 }),
    drop: fc.constantFrom("0-4", "5-8", "9-16"),
    price: fc.constantFrom("under-100", "100-130", "130-160", "160-up"),
    insole: fc.constant("removable"),
    closure: fc.constantFrom(...CLOSURES),
  },
  { requiredKeys: [] },
);

import { fieldErrors } from "@/lib/errors/field-errors";
import { flattenParams, listingHref, parseListingQuery, parseListingQueryLeniently } from "@/lib/catalog/listing-query";

function strictFields(params: Record<string, string>) {
  const result = parseListingQuery(new URLSearchParams(params));
  if (result.success) throw new Error(`expected a failure for ${JSON.stringify(params)}`);
  return fieldErrors(result.error);
}

describe("parseListingQuery (strict, for the API)", () => {
  it("defaults to the featured sort on page 1", () => {
    const result = parseListingQuery(new URLSearchParams());
    expect(result.success && result.data).toEqual({ sort: "featured", page: 1 });
  });

  it("accepts every filter with good values and coerces numbers", () => {
    const result = parseListingQuery(
      new URLSearchParams({
        range: "women",
        size: "10.5",
        width: "2E",
        support: "stability",
        cushion: "4",
        drop: "5-8",
        price: "100-130",
        insole: "removable",
        closure: "hook_and_loop",
        sort: "price-desc",
        page: "3",
      }),
    );
    expect(result.success && result.data).toEqual({
      range: "women",
      size: "10.5",
      width: "2E",
      support: "stability",
      cushion: 4,
      drop: "5-8",
      price: "100-130",
      insole: "removable",
      closure: "hook_and_loop",
      sort: "price-desc",
      page: 3,
    });
  });

  it.each([
    ["range", "kids"],
    ["size", "10.25"],
    ["size", "3"],
    ["size", "17"],
    ["size", "ten"],
    ["width", "ZZ"],
    ["width", "d"],
    ["support", "max"],
    ["cushion", "9"],
    ["cushion", "0"],
    ["cushion", "2.5"],
    ["cushion", "soft"],
    ["drop", "0-16"],
    ["price", "cheap"],
    ["insole", "yes"],
    ["closure", "velcro"],
    ["sort", "bogus"],
    ["page", "0"],
    ["page", "-1"],
    ["page", "1.5"],
    ["page", "abc"],
    ["page", "10001"],
  ])("%s=%s is a field error under its own key", (key, value) => {
    const fields = strictFields({ width: "4E", [key]: value });
    expect(Object.keys(fields)).toEqual([key]);
    expect(fields[key]).toEqual(expect.any(String));
    expect(fields[key]!.length).toBeGreaterThan(0);
  });

  it("rejects unknown keys, naming each", () => {
    expect(strictFields({ colour: "red", width: "4E", q: "x" })).toEqual({
      colour: "Unknown field",
      q: "Unknown field",
    });
  });

  it.each(["constructor", "toString", "__proto__", "hasOwnProperty"])(
    "rejects the unknown key %s too, though Object.prototype has it",
    (key) => {
      expect(strictFields({ [key]: "x" })).toEqual({ [key]: "Unknown field" });
      expect(parseListingQuery(new URLSearchParams(`${key}=x&width=4E`)).success).toBe(false);
    },
  );

  it("reports every bad field at once", () => {
    expect(Object.keys(strictFields({ width: "ZZ", cushion: "9", page: "0", sort: "bogus" })).sort()).toEqual([
      "cushion",
      "page",
      "sort",
      "width",
    ]);
  });

  it("keeps the first of repeated keys and treats empty values as absent", () => {
    const result = parseListingQuery(new URLSearchParams("width=4E&width=ZZ&size=&range=men"));
    expect(result.success && result.data).toEqual({ width: "4E", range: "men", sort: "featured", page: 1 });
    expect(flattenParams({ width: ["2E", "4E"], size: "", range: undefined })).toEqual({ width: "2E" });
  });
});

describe("parseListingQueryLeniently (for pages)", () => {
  it("passes good values through with nothing ignored", () => {
    expect(parseListingQueryLeniently({ width: "4E", range: "men" })).toEqual({
      query: { width: "4E", range: "men", sort: "featured", page: 1 },
      ignored: [],
    });
  });

  it("drops bad values and unknown keys, keeps the rest, and names what it dropped", () => {
    const { query, ignored } = parseListingQueryLeniently({
      width: "ZZ",
      range: "men",
      cushion: "9",
      colour: "red",
      page: "2",
    });
    expect(query).toEqual({ range: "men", page: 2, sort: "featured" });
    expect(ignored.sort()).toEqual(["colour", "cushion", "width"]);
  });

  it("falls back to defaults when a bad sort or page is dropped", () => {
    expect(parseListingQueryLeniently({ sort: "bogus", page: "0" })).toEqual({
      query: { sort: "featured", page: 1 },
      ignored: expect.arrayContaining(["sort", "page"]),
    });
  });
});

describe("listingHref", () => {
  it("omits the default sort and page, and undefined filters", () => {
    expect(listingHref("/shoes", { sort: "featured", page: 1 })).toBe("/shoes");
    expect(listingHref("/shoes", { width: "4E", range: "men", size: undefined, sort: "featured", page: 1 })).toBe(
      "/shoes?width=4E&range=men",
    );
  });

  it("keeps non-default sort and page", () => {
    expect(listingHref("/collections/men", { cushion: 4, sort: "price-asc", page: 2 })).toBe(
      "/collections/men?cushion=4&sort=price-asc&page=2",
    );
  });

  it("gives a URL that parses back to the same query", () => {
    const query = { range: "women", size: "9.5", width: "D", insole: "removable", sort: "newest", page: 4 } as const;
    const href = listingHref("/shoes", query);
    const result = parseListingQuery(new URL(href, "http://localhost").searchParams);
    expect(result.success && result.data).toEqual(query);
  });
});

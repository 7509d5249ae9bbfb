/** @jest-environment-options {"template":"seeded"} */
import fc from "fast-check";
import { NextRequest } from "next/server";
import { GET } from "@/app/api/products/route";

// docs/reliability-cases.md case 18: whatever query string a client sends, GET /api/products
// answers 200 or a 400 with field errors, never a 5xx. (A console.error from the handler also fails
// the test.)

const KEYS = ["range", "size", "width", "support", "cushion", "drop", "price", "insole", "closure", "sort", "page"];
const GOOD_VALUES = [
  "men",
  "women",
  "unisex",
  "9",
  "10.5",
  "11",
  "4E",
  "2E",
  "D",
  "B",
  "6E",
  "stability",
  "neutral",
  "motion",
  "1",
  "5",
  "0-4",
  "5-8",
  "9-16",
  "under-100",
  "160-up",
  "removable",
  "laces",
  "slip_on",
  "featured",
  "price-asc",
  "newest",
  "2",
  "500",
];
const NASTY_VALUES = [
  "",
  " ",
  "0",
  "-1",
  "1e3",
  "1.5",
  "NaN",
  "Infinity",
  "99999999999999999999",
  "__proto__",
  "constructor",
  "toString",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "%",
  "%00",
  "%ZZ",
  "\u0000",
  "😀",
  "a".repeat(5000),
  "[]",
  "{}",
  "null",
];

const keyArbitrary = fc.oneof(
  fc.constantFrom(...KEYS),
  fc.constantFrom("__proto__", "constructor", "q", "page[]", ""),
  fc.string({ maxLength: 12 }),
);
const valueArbitrary = fc.oneof(
  fc.constantFrom(...GOOD_VALUES),
  fc.constantFrom(...NASTY_VALUES),
  fc.string({ maxLength: 20, unit: "grapheme" }),
);

/** Either a well-formed query string or raw bytes glued on as they come. */
const queryStringArbitrary = fc.oneof(
  fc.array(fc.tuple(keyArbitrary, valueArbitrary), { maxLength: 8 }).map((pairs) => {
    const params = new URLSearchParams();
    for (const [key, value] of pairs) params.append(key, value);
    return params.toString();
  }),
  fc.string({ maxLength: 80, unit: "binary" }),
  fc
    .array(
      fc.constantFrom(
        "width=4E",
        "width=ZZ",
        "&",
        "=",
        "range=men",
        "page=0",
        "%",
        "%2",
        "sort=",
        "??",
        "#",
        "cushion=3",
      ),
      { maxLength: 10 },
    )
    .map((parts) => parts.join("")),
);

describe("GET /api/products fuzz", () => {
  it("never answers 5xx to 300 random query strings", async () => {
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(queryStringArbitrary, async (search) => {
        let request: NextRequest;
        try {
          request = new NextRequest(`http://localhost/api/products?${search}`);
        } catch {
          return; // Not a URL at all: no server would ever receive it.
        }
        const response = await GET(request);
        answered++;
        expect(response.status).toBeLessThan(500);
        const body = (await response.json()) as {
          products?: unknown[];
          error?: string;
          fields?: Record<string, string>;
        };
        if (response.status === 200) expect(Array.isArray(body.products)).toBe(true);
        else {
          expect(response.status).toBe(400);
          expect(body.error).toBe("invalid_query");
          expect(Object.keys(body.fields ?? {}).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
    expect(answered).toBeGreaterThan(250);
  });
});

import { acceptsGzip } from "@/lib/page-cache/accepts-gzip";

// The page cache packs a stored page only for a client whose Accept-Encoding allows gzip.

describe("acceptsGzip", () => {
  it.each([
    "gzip",
    "gzip, deflate, br, zstd",
    "GZIP",
    "br;q=1.0, gzip;q=0.8, *;q=0.1",
    "gzip;q=0.001",
    "gzip; q=1",
    "x-gzip",
    "*",
    "deflate, *;q=0.5",
    "identity;q=0, *",
  ])("packs for %p", (header) => expect(acceptsGzip(header)).toBe(true));

  it.each([
    undefined,
    "",
    "identity",
    "br, deflate",
    "gzip;q=0",
    "gzip;q=0.0",
    "gzip;q=0.000",
    "gzip; Q=0",
    "gzip;q=0, *",
    "*;q=0.5, gzip;q=0",
    "*;q=0",
    "br, *;q=0",
    "gzipped",
    "x-gzip;q=0",
    // Not a qvalue (RFC 9110 allows 0 to 1 with up to three decimals): skipped, not read as 1.
    "gzip;q=2",
    "gzip;q=abc",
    "gzip;q=0.0001",
  ])("sends %p the page unpacked", (header) => expect(acceptsGzip(header)).toBe(false));

  it("reads a header sent more than once", () => {
    expect(acceptsGzip(["br", "gzip"])).toBe(true);
    expect(acceptsGzip(["br", "gzip;q=0"])).toBe(false);
  });
});

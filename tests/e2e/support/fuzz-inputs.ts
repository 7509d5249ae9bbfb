import fc from "fast-check";

// Hostile inputs for the no-5xx fuzz (tests/e2e/fuzz-no-5xx.e2e.test.ts): text, JSON values,
// path segments, query strings, request headers and Server Action bodies, the shapes the
// security review's fuzz used (F7, F8) and a few more.

/** Strings chosen to break things: NUL, lone surrogates, markup, template and SQL syntax, odd keys, huge text. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\ud800",
    "\udfff",
    "trail\ud800walker",
    "\ud83d\ude00",
    "\u202e\u0301",
    "\r\n\t",
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "${7*7}",
    "$$x",
    "$Q1",
    "$@1",
    "$K1",
    "$n99",
    "{{7*7}}",
    "<script>alert(1)</script>",
    '\'; DROP TABLE "Order"; --',
    "../../etc/passwd",
    "%00",
    "%ED%A0%80",
    "null",
    "true",
    "-1",
    "1e309",
    "NaN",
    "9".repeat(400),
    "0x10",
    "ｓｋｕ",
    "\uFEFFsku",
  ),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: 1_000, max: 70_000 }).map((length) => "x".repeat(length)),
);

const hugeNumber = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 1,
  5e-324,
  -0,
  1.5,
  0,
  -1,
  11,
  1e21,
);

/** A key named __proto__ in JSON text must stay a real key, as a client would send it. */
function withKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

const oddKey = fc.oneof(
  hostileText.filter((key) => key.length < 100),
  fc.constantFrom(
    "sku",
    "quantity",
    "tier",
    "email",
    "password",
    "trackingNumber",
    "cells",
    "next",
    "__proto__",
    "constructor",
  ),
);

/** JSON values of every type, hostile text and odd keys included, a few levels deep. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileText,
    hugeNumber,
    fc.constantFrom(null, true, false, [], {}),
    fc.array(tie("value"), { maxLength: 4 }),
    fc
      .array(fc.tuple(oddKey, tie("value")), { maxLength: 4 })
      .map((entries) =>
        entries.reduce((object, [key, value]) => withKey(object, key, value), {} as Record<string, unknown>),
      ),
  ),
})).value;

/** Bodies that aren't JSON at all, or JSON nested far too deep for a recursive parser. */
export const rawGarbage: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    "{",
    "garbage{",
    "[1,]",
    "undefined",
    '{"a":1}{"b":2}',
    "\u0000",
    '"\\ud800"',
    "[".repeat(20_000),
  ),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.integer({ min: 100, max: 20_000 }).map((depth) => "[".repeat(depth) + "]".repeat(depth)),
);

/** Text as UTF-8 percent-escapes, lone surrogates as the (invalid) bytes a careless encoder makes. */
export function percentEncode(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    let code = unit;
    if (unit >= 0xd800 && unit < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
      code = 0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00);
      i++;
    }
    if (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(code))) {
      out += String.fromCharCode(code);
      continue;
    }
    const bytes =
      code < 0x80
        ? [code]
        : code < 0x800
          ? [0xc0 | (code >> 6), 0x80 | (code & 63)]
          : code < 0x10000
            ? [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)]
            : [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
    out += bytes.map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join("");
  }
  return out;
}

/** One path segment, already escaped for the request line: broken escapes, NUL, overlong UTF-8, dot segments. */
export function pathSegment(real: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...real),
    fc.constantFrom(
      "%FF",
      "%C0%AF",
      "%ED%A0%80",
      "%ED%BF%BF",
      "%F4%90%80%80",
      "%E2%82",
      "%00",
      "a%00b",
      "%",
      "%zz",
      "%2e%2e",
      "..",
      ".",
      "%2F",
      "%5C",
      "~",
      "%25",
      "a%20b",
      "%EF%BB%BF",
    ),
    hostileText.filter((text) => text.length < 1_500).map(percentEncode),
    fc.integer({ min: 100, max: 6_000 }).map((length) => "a".repeat(length)),
  );
}

const QUERY_KEYS = [
  "q",
  "page",
  "size",
  "width",
  "range",
  "brand",
  "status",
  "stock",
  "sort",
  "support",
  "cushion",
  "drop",
  "price",
  "insole",
  "closure",
  "token",
  "session_id",
  "order",
  "next",
  "error",
  "retryAt",
  "signedOut",
  "denied",
  "tag",
  "action",
  "actor",
  "_rsc",
  "utm_source",
  "__proto__",
  "constructor",
];

/** A query string (with its "?"), hostile keys and values, repeated keys, broken escapes. */
export const queryString: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc
        .oneof(
          fc.constantFrom(...QUERY_KEYS),
          hostileText.filter((text) => text.length < 50),
        )
        .map(percentEncode),
      fc.oneof(
        hostileText.filter((text) => text.length < 1_500).map(percentEncode),
        fc.constantFrom("%FF", "%ED%A0%80", "%00", "%", "1", "0", "-1", "10001", "men", "4E", "published", "low"),
      ),
    ),
    { maxLength: 5 },
  )
  .map((pairs) => (pairs.length === 0 ? "" : `?${pairs.map(([key, value]) => `${key}=${value}`).join("&")}`));

export type HeaderSet = Record<string, string>;

/**
 * Request headers: half of them what our own pages send (so requests reach the code behind the
 * checks), the rest foreign, null or malformed origins, cross-site and same-site Fetch Metadata,
 * spoofed forwarding headers, RSC and router-state headers, junk cookies.
 */
export function headerSet(ownOrigin: string): fc.Arbitrary<HeaderSet> {
  const host = new URL(ownOrigin).host;
  const own: HeaderSet = { origin: ownOrigin, "sec-fetch-site": "same-origin" };
  return fc.oneof(
    { weight: 5, arbitrary: fc.constant(own) },
    { weight: 1, arbitrary: fc.constant({}) },
    {
      weight: 4,
      arbitrary: fc.constantFrom<HeaderSet>(
        { origin: "https://evil.example" },
        { origin: "null" },
        { origin: "not a url" },
        { origin: `${ownOrigin}@evil.example` },
        { origin: `http://${host}.evil.example` },
        { "sec-fetch-site": "cross-site" },
        { "sec-fetch-site": "same-site" },
        { origin: "https://evil.example", "x-forwarded-host": "evil.example" },
        { ...own, "x-forwarded-host": "evil.example" },
        { ...own, "x-forwarded-proto": "https", "x-forwarded-host": `${host}, evil.example` },
        { ...own, "x-forwarded-for": "not-an-ip, 999.1.1.1, ::ffff:1.2.3.4" },
        { ...own, rsc: "1", "next-router-state-tree": "%5B%22%22%5D" },
        { ...own, rsc: "1", "next-router-state-tree": "garbage" },
        { ...own, rsc: "1", "next-router-prefetch": "1" },
        {
          ...own,
          rsc: "1",
          "next-router-state-tree": encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }])),
        },
        { ...own, "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
        { ...own, cookie: "cart_id=%00; __Host-staff_session=garbage; staff_session=x" },
        { ...own, "accept-language": "\u00ff".repeat(50), "user-agent": "x".repeat(2_000) },
        { ...own, host: "a b" },
        { ...own, host: "%00" },
        { ...own, host: `${host}:99999` },
        { origin: "https://evil.example", host: "evil.example" },
      ),
    },
  );
}

/** React's encodeReply for plain values: a string starting with "$" is sent as "$$…". */
export function encodeReply(args: unknown[]): string {
  const escape = (value: unknown): unknown => {
    if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
    if (Array.isArray(value)) return value.map(escape);
    if (value && typeof value === "object") {
      return Object.entries(value).reduce(
        (object, [key, entry]) => withKey(object, key, escape(entry)),
        {} as Record<string, unknown>,
      );
    }
    return value;
  };
  return JSON.stringify(escape(args));
}

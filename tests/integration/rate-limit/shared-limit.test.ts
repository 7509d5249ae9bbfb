import { Pool } from "pg";
import { getDb } from "@/lib/db";
import { RATE_LIMIT_BUCKETS } from "@/lib/rate-limit/buckets";
import { checkRateLimit, consumeOne } from "@/lib/rate-limit/check-rate-limit";
import { createBucketLimiter, deleteExpiredRateLimits } from "@/lib/rate-limit/limiters";
import { rateLimitKey } from "@/lib/rate-limit/rate-limit-key";
import { expectWarning } from "../../support/expect-warning";

// Case 35 of docs/reliability-cases.md: the rate limits on public POSTs are counted in
// PostgreSQL, so two app instances (here two limiters, each with its own pg pool, as two
// processes or servers have) share one count per address (decision 0016).

const pools: Pool[] = [];

/** A pool of its own on this file's database, as another app instance would have. */
function instancePool(): Pool {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 5 });
  pools.push(pool);
  return pool;
}

function twoInstances(limit?: { points: number; duration: number }) {
  return [instancePool(), instancePool()].map((pool) => createBucketLimiter("checkout", { pool, scale: 1, limit }));
}

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await getDb().$disconnect();
});

describe("shared rate limits (case 35)", () => {
  it("hold across two instances: requests alternating between them are allowed exactly the limit, then refused with a Retry-After", async () => {
    const instances = twoInstances();
    const { points } = RATE_LIMIT_BUCKETS.checkout;
    const verdicts = [];
    for (let request = 0; request < points * 2; request++)
      verdicts.push(await consumeOne(instances[request % 2]!, "203.0.113.10", "checkout"));
    expect(verdicts.filter((verdict) => !verdict.limited)).toHaveLength(points);
    expect(verdicts.slice(0, points).every((verdict) => !verdict.limited)).toBe(true);
    for (const verdict of verdicts.slice(points)) {
      expect(verdict).toEqual({ limited: true, retryAfterSeconds: expect.any(Number) });
      if (verdict.limited) {
        expect(verdict.retryAfterSeconds).toBeGreaterThanOrEqual(1);
        expect(verdict.retryAfterSeconds).toBeLessThanOrEqual(RATE_LIMIT_BUCKETS.checkout.duration);
      }
    }
    // One row for the address, in the shape decision 0016 describes.
    const rows = await getDb().rateLimit.findMany();
    expect(rows.map((row) => row.key)).toEqual(["checkout:203.0.113.10"]);
    expect(rows[0]!.points).toBeGreaterThan(points);
  });

  it("hold when both instances are hit at once: of 100 parallel requests exactly the limit get through", async () => {
    const instances = twoInstances();
    const verdicts = await Promise.all(
      Array.from({ length: 100 }, (_, request) => consumeOne(instances[request % 2]!, "198.51.100.20", "checkout")),
    );
    expect(verdicts.filter((verdict) => !verdict.limited)).toHaveLength(RATE_LIMIT_BUCKETS.checkout.points);
  });

  it("give each address its own count; IPv6 is counted per /64", async () => {
    const [first, second] = twoInstances({ points: 2, duration: 60 });
    const allowed = async (address: string, limiter = first!) =>
      !(await consumeOne(limiter, rateLimitKey(address)!, "checkout")).limited;
    expect([await allowed("192.0.2.1"), await allowed("192.0.2.1", second), await allowed("192.0.2.1")]).toEqual([
      true,
      true,
      false,
    ]);
    expect(await allowed("192.0.2.2", second)).toBe(true);

    // Two addresses of one /64 (one household) share a count; the next /64 has its own.
    expect(rateLimitKey("2001:db8:aa:1::1")).toBe("2001:db8:aa:1::/64");
    expect(rateLimitKey("2001:0DB8:00AA:0001:ffff:1:2:3")).toBe("2001:db8:aa:1::/64");
    expect([await allowed("2001:db8:aa:1::1"), await allowed("2001:db8:aa:1:ffff:1:2:3", second)]).toEqual([
      true,
      true,
    ]);
    expect(await allowed("2001:db8:aa:1::9")).toBe(false);
    expect(await allowed("2001:db8:aa:2::1")).toBe(true);
  });

  it("start again when the window ends, on both instances", async () => {
    const [first, second] = twoInstances({ points: 2, duration: 1 });
    const verdict = () => consumeOne(first!, "203.0.113.30", "checkout");
    await verdict();
    await consumeOne(second!, "203.0.113.30", "checkout");
    const refused = await verdict();
    expect(refused).toEqual({ limited: true, retryAfterSeconds: 1 });
    expect((await consumeOne(second!, "203.0.113.30", "checkout")).limited).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await verdict()).limited).toBe(false);
    expect((await consumeOne(second!, "203.0.113.30", "checkout")).limited).toBe(false);
    expect((await verdict()).limited).toBe(true);
  });

  it("keep the table small: rows of windows that ended over an hour ago are deleted, current ones kept", async () => {
    const pool = instancePool();
    const now = Date.now();
    await getDb().rateLimit.createMany({
      data: [
        { key: "cart:192.0.2.200", points: 5, expire: BigInt(now - 2 * 60 * 60 * 1000) },
        { key: "cart:192.0.2.201", points: 5, expire: BigInt(now - 10 * 60 * 1000) },
        { key: "cart:192.0.2.202", points: 5, expire: BigInt(now + 30 * 1000) },
      ],
    });
    expect(await deleteExpiredRateLimits(pool, now)).toBe(1);
    const left = await getDb().rateLimit.findMany({ where: { key: { startsWith: "cart:192.0.2.20" } } });
    expect(left.map((row) => row.key).sort()).toEqual(["cart:192.0.2.201", "cart:192.0.2.202"]);
  });

  it("fail open: when PostgreSQL can't answer, the request goes through and one line is logged", async () => {
    const warnings = expectWarning(/Rate limit "checkout" not checked, request let through/);
    // Port 1 on loopback: nothing listens, so every connection is refused.
    const unreachable = new Pool({ connectionString: "postgresql://postgres@127.0.0.1:1/store", max: 1 });
    pools.push(unreachable);
    const limiter = createBucketLimiter("checkout", {
      pool: unreachable,
      scale: 1,
      limit: { points: 1, duration: 60 },
    });
    const verdicts = [
      await consumeOne(limiter, "203.0.113.40", "checkout"),
      await consumeOne(limiter, "203.0.113.40", "checkout"),
    ];
    expect(verdicts).toEqual([{ limited: false }, { limited: false }]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/ECONNREFUSED/);
  });

  it("don't count loopback, private or unknown addresses: that is a proxy the store wasn't told about, and everyone behind it", async () => {
    for (const address of ["127.0.0.1", "10.0.0.5", "192.168.1.2", "::1", "fd00::1", "unknown"]) {
      expect(rateLimitKey(address)).toBeNull();
      for (let request = 0; request < RATE_LIMIT_BUCKETS["back-in-stock"].points + 5; request++)
        expect(await checkRateLimit("back-in-stock", address)).toEqual({ limited: false });
    }
    expect(await getDb().rateLimit.count({ where: { key: { startsWith: "back-in-stock:" } } })).toBe(0);
  });

  it("give the coming features their own buckets: order lookups and back-in-stock sign-ups count apart from the cart", async () => {
    const address = "198.51.100.99";
    for (let request = 0; request < RATE_LIMIT_BUCKETS["back-in-stock"].points; request++)
      expect(await checkRateLimit("back-in-stock", address)).toEqual({ limited: false });
    expect((await checkRateLimit("back-in-stock", address)).limited).toBe(true);
    expect(await checkRateLimit("order-lookup", address)).toEqual({ limited: false });
    expect(await checkRateLimit("cart", address)).toEqual({ limited: false });
  });
});

-- The shared rate limits' counters (lib/rate-limit, decision 0016). The shape is the one
-- rate-limiter-flexible 11's RateLimiterPostgres creates for itself (key, points, expire, in that
-- order: it inserts by position). It is created here so no DDL runs at request time (tableCreated: true).
-- No index on "expire": the library's cleanup deletes expired rows every few minutes from a table
-- that holds only the last hour's addresses, and an index would cost every counted request.

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

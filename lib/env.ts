import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/http/resolve-client-address";

/**
 * EMAIL_FROM: `Name <local@domain>` or `local@domain`, on one line (a line break would let the
 * setting add mail headers), without the characters that break an address header.
 */
const EMAIL_FROM_PATTERN = /^(?:[^\r\n<>]* <[^\s<>@"]+@[^\s<>@"]+>|[^\s<>@"]+@[^\s<>@"]+)$/;

// Every environment variable the app reads, validated once. Import `env` instead of process.env.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Set by `npm start` to the embedded database when the operator gives none. */
  DATABASE_URL: z
    .string({ error: (issue) => (issue.input === undefined ? "is not set" : "must be a postgresql:// URL") })
    .url({ message: "must be a postgresql:// URL" }),
  /** Public origin used in absolute links (sitemap, Open Graph, Stripe return URLs). */
  SITE_URL: z.string().url().optional(),
  STORE_NAME: z.string().min(1).default("Steady Stride"),
  /** Decides the emergency number on safety stop pages: US 911, UK 999, EU 112. */
  STORE_REGION: z.enum(["US", "UK", "EU"]).default("US"),
  STORE_CURRENCY: z
    .string()
    .regex(/^[a-z]{3}$/)
    .default("usd"),
  // ---- payments (lib/stripe). With STRIPE_SECRET_KEY unset the app talks to the local Stripe
  // stand-in (scripts/stripe-stand-in), which `npm start` runs and points these at.
  /** Real Stripe (sk_live_... or sk_test_...); unset means the local stand-in. */
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^sk_(live|test)_/, { message: "must start with sk_live_ or sk_test_" })
    .optional(),
  /** Verifies webhook signatures (whsec_...). Required whenever payments are used. */
  STRIPE_WEBHOOK_SECRET: z.string().min(16).optional(),
  /** Stripe API endpoint override (the stand-in: 127.0.0.1, its port, http). */
  STRIPE_API_HOST: z.string().min(1).optional(),
  STRIPE_API_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  STRIPE_API_PROTOCOL: z.enum(["http", "https"]).optional(),
  /** Per-request timeout for Stripe API calls, ms. */
  STRIPE_TIMEOUT_MS: z.coerce.number().int().min(100).max(80_000).default(10_000),
  /** stripe-node's automatic retries (same idempotency key each time). */
  STRIPE_MAX_NETWORK_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  /** "1" shows the "Test mode" banner (set by `npm start` when it runs the stand-in). */
  PAYMENTS_TEST_MODE: z.enum(["0", "1"]).optional(),
  // ---- email (lib/email)
  /** smtp(s)://user:pass@host:port; unset writes .eml files to EMAIL_OUTBOX_DIR instead. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { message: "must be an smtp:// or smtps:// URL" })
    .optional(),
  /** The sender of every email: "Name <address>" or a bare address. Replies go to it too. */
  EMAIL_FROM: unsetIfEmpty(
    z
      .string()
      .regex(EMAIL_FROM_PATTERN, { message: 'must be an email address, or "Store name <address>"' })
      .default("Steady Stride <orders@localhost>"),
  ),
  EMAIL_OUTBOX_DIR: z.string().min(1).default(".data/outbox"),
  /**
   * Reverse proxies whose X-Forwarded-For is believed (scripts/serve.ts): comma-separated IPs or
   * CIDR ranges, IPv4 or IPv6, or "loopback". Empty trusts none: the connection's peer is the client.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .superRefine((value, context) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        context.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  /** The shared rate limits on public POSTs (lib/rate-limit, decision 0016); "off" only for load tests. */
  RATE_LIMITS: unsetIfEmpty(z.enum(["on", "off"], { message: 'must be "on" or "off"' }).default("on")),
  /** Multiplies every rate limit (2 allows twice as many requests per address); from 0.01 to 1000. */
  RATE_LIMIT_SCALE: unsetIfEmpty(
    z.coerce
      .number({ message: "must be a number from 0.01 to 1000" })
      .min(0.01, { message: "must be a number from 0.01 to 1000" })
      .max(1000, { message: "must be a number from 0.01 to 1000" })
      .default(1),
  ),
  /** Where staff image uploads are stored (served by /api/uploads/[file]). Relative to the app root. */
  UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
  // ---- operating (scripts/serve.ts, decision 0018). An empty value counts as unset.
  /** Server processes (decision 0009); unset means one per CPU core. */
  WEB_CONCURRENCY: unsetIfEmpty(
    z.coerce
      .number({ message: "must be a whole number from 1 to 64" })
      .int({ message: "must be a whole number from 1 to 64" })
      .min(1, { message: "must be a whole number from 1 to 64" })
      .max(64, { message: "must be a whole number from 1 to 64" })
      .optional(),
  ),
  PAGE_CACHE: unsetIfEmpty(z.enum(["on", "off"], { message: 'must be "on" or "off"' }).optional()),
  DIRECT_ROUTES: unsetIfEmpty(z.enum(["on", "off"], { message: 'must be "on" or "off"' }).optional()),
  /** "off": this process runs no job runner (another process does: `npm run worker`). */
  JOB_RUNNER: unsetIfEmpty(z.enum(["on", "off"], { message: 'must be "on" or "off"' }).optional()),
  /** The production server's JSON logs (lib/logging): the least severe level written. */
  LOG_LEVEL: unsetIfEmpty(
    z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        message: "must be one of fatal, error, warn, info, debug, trace, silent",
      })
      .default("info"),
  ),
  /**
   * Bearer token for GET /metrics (lib/metrics). Unset: /metrics answers 404. At least 32
   * characters, no spaces (`openssl rand -hex 32` makes one).
   */
  METRICS_TOKEN: unsetIfEmpty(
    z
      .string()
      .min(32, { message: "must be at least 32 characters (openssl rand -hex 32 makes one)" })
      .regex(/^[\x21-\x7e]+$/, { message: "must be printable ASCII without spaces" })
      .optional(),
  ),
  /** How long a stopping server waits for the requests in flight before closing their connections, ms. */
  SHUTDOWN_TIMEOUT_MS: unsetIfEmpty(
    z.coerce
      .number({ message: "must be a whole number of milliseconds from 0 to 60000" })
      .int({ message: "must be a whole number of milliseconds from 0 to 60000" })
      .min(0, { message: "must be a whole number of milliseconds from 0 to 60000" })
      .max(60_000, { message: "must be a whole number of milliseconds from 0 to 60000" })
      .default(8_000),
  ),
});

/** `NAME=` in a unit file or compose.yaml means "not set", not "set to nothing". */
function unsetIfEmpty<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" ? undefined : value), schema);
}

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parses process.env on first use (tests switch DATABASE_URL per file before any query). */
export function getEnv(): Env {
  if (cached && cached.DATABASE_URL === process.env.DATABASE_URL) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Invalid environment: ${describeIssues(parsed.error.issues).join("; ")}`);
  cached = parsed.data;
  return cached;
}

/**
 * Every problem with these settings, one line each ("NAME: what is wrong"), never quoting a
 * value. `databaseUrlOptional`: a missing DATABASE_URL is fine (`npm start` then runs the
 * embedded database); a malformed one is still a problem. Servers call this at start
 * (lib/ops/validate-config.ts), so a bad setting stops the start instead of the first request.
 */
export function envProblems(
  source: Record<string, string | undefined>,
  options: { databaseUrlOptional?: boolean } = {},
): string[] {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return [];
  const missingUrlAllowed = options.databaseUrlOptional && source.DATABASE_URL === undefined;
  return describeIssues(
    parsed.error.issues.filter((issue) => !(missingUrlAllowed && issue.path[0] === "DATABASE_URL")),
  );
}

function describeIssues(issues: z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

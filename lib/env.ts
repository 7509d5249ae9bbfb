import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/http/resolve-client-address";

// Every environment variable the app reads, validated once. Import `env` instead of process.env.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Set by `npm start` to the embedded database when the operator gives none. */
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
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
  EMAIL_FROM: z.string().min(3).default("Steady Stride <orders@localhost>"),
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
  /** Where staff image uploads are stored (served by /api/uploads/[file]). Relative to the app root. */
  UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parses process.env on first use (tests switch DATABASE_URL per file before any query). */
export function getEnv(): Env {
  if (cached && cached.DATABASE_URL === process.env.DATABASE_URL) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}

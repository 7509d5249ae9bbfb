import { z } from "zod";

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
  STORE_CURRENCY: z.string().regex(/^[a-z]{3}$/).default("usd"),
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

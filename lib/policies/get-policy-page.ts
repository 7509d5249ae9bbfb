import "server-only";
import { getDb } from "@/lib/db";
import { DEFAULT_POLICIES, type PolicyText } from "./default-policies";
import { isPolicySlug, type PolicySlug } from "./policy-slugs";

export type PolicyPageView = PolicyText & { slug: PolicySlug; updatedAt: Date | null };

/**
 * A policy page as shoppers see it: staff's text when they saved one, else the default text.
 * Null for a slug outside the fixed set, which is not even looked up.
 */
export async function getPolicyPage(slug: string): Promise<PolicyPageView | null> {
  if (!isPolicySlug(slug)) return null;
  const row = await getDb().policyPage.findUnique({
    where: { slug },
    select: { title: true, summary: true, body: true, updatedAt: true },
  });
  return row ? { slug, ...row } : { slug, ...DEFAULT_POLICIES[slug], updatedAt: null };
}

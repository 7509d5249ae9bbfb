// The store's policy pages: a fixed set, each at /help/<slug>. Staff edit their text, never the
// set, so the footer, the cart, the emails and the sitemap can link to every one of them.

export const POLICY_SLUGS = ["shipping", "returns", "privacy", "contact"] as const;

export type PolicySlug = (typeof POLICY_SLUGS)[number];

export function isPolicySlug(value: unknown): value is PolicySlug {
  return typeof value === "string" && (POLICY_SLUGS as readonly string[]).includes(value);
}

/** How links name each page (footer, emails, admin list). */
export const POLICY_LINK_LABELS: Record<PolicySlug, string> = {
  shipping: "Shipping",
  returns: "Returns & exchanges",
  privacy: "Privacy",
  contact: "Contact us",
};

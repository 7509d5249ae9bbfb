import type { ReactNode } from "react";
import { StoreLink } from "@/components/ui/store-link";
import { POLICY_LINK_LABELS, POLICY_SLUGS } from "@/lib/policies/policy-slugs";
import { policyHref } from "@/lib/routes/storefront";

/**
 * The shipping, returns, privacy and contact pages as one line of links (the footer, order
 * pages); `children` are further list items after them.
 */
export function PolicyLinks({
  className = "text-sm text-muted",
  children,
}: {
  className?: string;
  children?: ReactNode;
}) {
  return (
    <nav aria-label="Store policies" className={className}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {POLICY_SLUGS.map((slug) => (
          <li key={slug}>
            <StoreLink href={policyHref(slug)} className="underline">
              {POLICY_LINK_LABELS[slug]}
            </StoreLink>
          </li>
        ))}
        {children}
      </ul>
    </nav>
  );
}

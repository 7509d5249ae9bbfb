import { PolicyLinks } from "@/components/policies/policy-links";
import { StoreLink } from "@/components/ui/store-link";
import { ARTICLE_SLUGS } from "@/lib/articles/slugs";
import { articleHref, STOREFRONT } from "@/lib/routes/storefront";

export function SiteFooter({ storeName }: { storeName: string }) {
  return (
    <footer className="border-t border-brand-100 bg-white mt-12">
      <div className="max-w-6xl mx-auto px-4 py-6 text-sm text-muted space-y-2">
        <p>
          {storeName} matches shoes to your fit and comfort answers. Shoes and insoles have not been shown to treat back
          pain; guidelines recommend staying active, and walking is a good way to do that.
        </p>
        <p>
          <StoreLink href={articleHref(ARTICLE_SLUGS.warningSigns)} className="underline">
            Warning signs that need medical care
          </StoreLink>
        </p>
        <PolicyLinks className="">
          <li>
            <StoreLink href={STOREFRONT.findOrder} className="underline">
              Find your order
            </StoreLink>
          </li>
        </PolicyLinks>
      </div>
    </footer>
  );
}

import { StoreLink } from "@/components/ui/store-link";
import { Suspense } from "react";
import { CartLink, CartLinkFallback } from "@/components/cart/cart-link";
import { TestModeBanner } from "@/components/cart/test-mode-banner";
import { collectionHref, STOREFRONT } from "@/lib/routes/storefront";

const NAV = [
  { href: STOREFRONT.shoes, label: "Shoes" },
  { href: collectionHref("wide-and-extra-wide"), label: "Wide fits" },
  { href: STOREFRONT.articles, label: "Guides" },
];

export function SiteHeader({ storeName }: { storeName: string }) {
  return (
    <header className="border-b border-brand-100 bg-white">
      <TestModeBanner />
      <div className="max-w-6xl mx-auto px-4 py-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        <StoreLink href={STOREFRONT.home} className="text-xl font-bold text-brand-800">
          {storeName}
        </StoreLink>
        {/* On a phone the links get their own row under the name and the buttons. */}
        <nav aria-label="Main" className="order-last basis-full sm:order-none sm:basis-auto sm:flex-1">
          <ul className="flex flex-wrap gap-4">
            {NAV.map((item) => (
              <li key={item.href}>
                <StoreLink
                  href={item.href}
                  className="text-ink hover:text-brand-700 underline-offset-4 hover:underline"
                >
                  {item.label}
                </StoreLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-x-6">
          <Suspense fallback={<CartLinkFallback />}>
            <CartLink />
          </Suspense>
          <StoreLink
            href={STOREFRONT.fit}
            className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            Find my fit
          </StoreLink>
        </div>
      </div>
    </header>
  );
}

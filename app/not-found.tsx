import { StoreLink } from "@/components/ui/store-link";
import { STOREFRONT } from "@/lib/routes/storefront";

export default function NotFound() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">We couldn&apos;t find that page</h1>
      <p>The shoe, collection or guide may have moved or is no longer available.</p>
      <ul className="list-disc pl-6 space-y-1">
        <li>
          <StoreLink href={STOREFRONT.shoes} className="text-brand-700 underline">
            Browse all shoes
          </StoreLink>
        </li>
        <li>
          <StoreLink href={STOREFRONT.fit} className="text-brand-700 underline">
            Take the fit quiz
          </StoreLink>
        </li>
        <li>
          <StoreLink href={STOREFRONT.articles} className="text-brand-700 underline">
            Read our guides
          </StoreLink>
        </li>
      </ul>
    </div>
  );
}

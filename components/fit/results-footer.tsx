import { StoreLink } from "@/components/ui/store-link";
import { RESULTS_FOOTER_LINK_SLUG } from "@/lib/fit/footer";
import { articleHref } from "@/lib/routes/storefront";

/** The fixed footer every results page ends with (docs/product-spec.md §1.5). */
export function ResultsFooter({ text }: { text: string }) {
  return (
    <footer aria-label="About these results" className="border-t border-brand-100 pt-4 text-sm text-muted">
      <p>
        {text}{" "}
        <StoreLink href={articleHref(RESULTS_FOOTER_LINK_SLUG)} className="underline">
          Warning signs that need medical care
        </StoreLink>
      </p>
    </footer>
  );
}

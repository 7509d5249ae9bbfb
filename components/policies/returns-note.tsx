import { StoreLink } from "@/components/ui/store-link";
import { RETURNS_SENTENCE } from "@/lib/policies/returns-sentence";
import { STOREFRONT } from "@/lib/routes/storefront";

/** How returns and exchanges work, in one sentence, with the link to the returns page. */
export function ReturnsNote() {
  return (
    <p>
      {RETURNS_SENTENCE}{" "}
      <StoreLink href={STOREFRONT.returnsPolicy} className="text-brand-700 underline">
        How returns and exchanges work
      </StoreLink>
    </p>
  );
}

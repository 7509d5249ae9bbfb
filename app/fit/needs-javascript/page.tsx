import type { Metadata } from "next";
import { StoreLink } from "@/components/ui/store-link";
import { STOREFRONT } from "@/lib/routes/storefront";

export const metadata: Metadata = { title: "The fit quiz needs JavaScript", robots: { index: false } };

/** Where a quiz submitted without its script lands (app/fit/no-script/route.ts). */
export default function NeedsJavaScriptPage() {
  return (
    <section className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">The fit quiz needs JavaScript</h1>
      <p>
        The quiz checks your answers in this browser tab, so your health answers never leave it. That needs JavaScript,
        which is turned off or hadn&apos;t finished loading. Nothing you answered was sent, saved or kept.
      </p>
      <p>Turn JavaScript on and start the quiz again, or browse the shoes by size and width instead.</p>
      <p className="flex flex-wrap gap-3">
        <StoreLink
          href={STOREFRONT.fit}
          className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Start the quiz again
        </StoreLink>
        <StoreLink
          href={STOREFRONT.shoes}
          className="inline-block rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800"
        >
          Browse all shoes
        </StoreLink>
      </p>
    </section>
  );
}

import type { Metadata } from "next";
import { StoreLink } from "@/components/ui/store-link";
import { notFound } from "next/navigation";
import { AddToCartButton } from "@/components/cart/add-to-cart-button";
import { PrivateGuidance } from "@/components/fit/private-guidance";
import { ResultCard } from "@/components/fit/result-card";
import { ResultsFooter } from "@/components/fit/results-footer";
import { ShareLink } from "@/components/fit/share-link";
import { getSavedResult } from "@/lib/quiz/get-saved-result";
import type { FitItem } from "@/lib/fit/types";
import { ARTICLE_SLUGS } from "@/lib/articles/slugs";
import { articleHref, productHref, resultHref, STOREFRONT } from "@/lib/routes/storefront";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your fit matches", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function FitResultsPage({ params }: Props) {
  const { id } = await params;
  const saved = await getSavedResult(id);
  if (!saved) notFound();
  const { result, now } = saved;
  // The id must have no spaces: aria-labelledby reads a space as a list of ids, and the section
  // would lose its name ("Top picks") for screen readers.
  const section = (title: string, items: FitItem[], label?: string, intro?: string) =>
    items.length === 0 ? null : (
      <section aria-labelledby={headingId(title)} className="space-y-3">
        <h2 id={headingId(title)} className="text-2xl font-bold">
          {title}
        </h2>
        {intro ? <p className="text-muted">{intro}</p> : null}
        <ul className="grid gap-4 md:grid-cols-2">
          {items.map((item) => (
            <li key={item.variant.sku}>
              <ResultCard
                item={item}
                now={now[item.variant.sku]}
                label={label}
                action={
                  <AddToCartButton
                    sku={item.variant.sku}
                    label={`Add size ${item.variant.size} ${item.variant.width} to cart`}
                  />
                }
              />
            </li>
          ))}
        </ul>
      </section>
    );

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Your fit matches</h1>
        <p className="text-muted">
          Made {saved.createdAt.toLocaleDateString("en-US", { dateStyle: "long" })}. Stock and prices below are as of
          now.
        </p>
        <ShareLink path={resultHref(saved.id)} />
      </header>
      <PrivateGuidance resultId={saved.id} sharedArticleSlugs={result.articles.map((article) => article.slug)} />
      {result.picks.length === 0 ? (
        <p role="status" className="rounded-lg border border-brand-100 bg-white p-5">
          No shoe in our range is in stock in your exact size and width right now.
          {result.fallbacks.length > 0
            ? " The nearest roomier widths that are in stock are below."
            : " Try the fit quiz again with a different width, or browse all shoes."}
        </p>
      ) : null}
      {section("Top picks", result.picks)}
      {section(
        "Nearest roomier width",
        result.fallbacks,
        "Roomier width than you asked for",
        "Your width isn't in stock in these; the next roomier width is.",
      )}
      {section(
        "For contrast",
        result.alternatives,
        undefined,
        "A different feel from the top picks, in case you'd like to compare.",
      )}
      {section("Just over budget", result.overBudget, "Over your budget")}
      {result.excluded.length > 0 ? (
        <section aria-labelledby="h-excluded" className="space-y-3">
          <h2 id="h-excluded" className="text-2xl font-bold">
            Close, but not shown
          </h2>
          <ul className="space-y-2">
            {result.excluded.map((item) => (
              <li key={item.product.slug}>
                <StoreLink href={productHref(item.product.slug)} className="font-semibold underline">
                  {item.product.name}
                </StoreLink>
                : {item.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="h-guides" className="space-y-2">
        <h2 id="h-guides" className="text-2xl font-bold">
          Guides for you
        </h2>
        <ul className="space-y-1">
          {result.articles
            .filter((a) => a.slug !== ARTICLE_SLUGS.warningSigns)
            .map((article) => (
              <li key={article.slug}>
                <StoreLink href={articleHref(article.slug)} className="text-brand-700 underline">
                  {article.title}
                </StoreLink>
              </li>
            ))}
        </ul>
      </section>
      <p>
        <StoreLink href={STOREFRONT.fit} className="underline">
          Change my answers
        </StoreLink>
      </p>
      <ResultsFooter text={result.footer} />
    </div>
  );
}

function headingId(title: string): string {
  return `h-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

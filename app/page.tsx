import { StoreLink } from "@/components/ui/store-link";
import { listFeaturedCollections } from "@/lib/catalog/get-collection";
import { listPublishedArticles } from "@/lib/articles/get-article";
import { articleHref, collectionHref, STOREFRONT } from "@/lib/routes/storefront";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [collections, articles] = await Promise.all([listFeaturedCollections(), listPublishedArticles()]);
  const featuredArticles = articles.filter((article) => article.featuredRank !== null).slice(0, 3);
  return (
    <div className="space-y-12">
      <section className="rounded-xl bg-brand-50 p-8 md:p-12">
        <h1 className="text-3xl md:text-4xl font-bold max-w-3xl">Comfortable walking shoes, fitted to your feet</h1>
        <p className="mt-4 max-w-2xl text-lg">
          Walking regularly is one of the best things you can do when your back aches, and guidelines recommend staying
          active. Shoes that fit well and feel good make it easier to keep going. Answer a few questions about your
          feet, your walks and what feels comfortable, and we&apos;ll suggest shoes in your exact size and width, with
          honest reasons.
        </p>
        <StoreLink
          href={STOREFRONT.fit}
          className="mt-6 inline-block rounded-md bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-800"
        >
          Start the fit quiz
        </StoreLink>
        <p className="mt-3 text-sm text-muted">About 3 minutes. Your health answers are never stored.</p>
      </section>

      {collections.length > 0 ? (
        <section aria-labelledby="collections-heading">
          <h2 id="collections-heading" className="text-2xl font-bold mb-4">
            Browse collections
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {collections.map((collection) => (
              <li key={collection.slug} className="rounded-lg border border-brand-100 bg-white p-4">
                <h3 className="font-semibold text-lg">
                  <StoreLink href={collectionHref(collection.slug)} className="hover:underline">
                    {collection.title}
                  </StoreLink>
                </h3>
                <p className="mt-1 text-sm text-muted">{collection.description}</p>
              </li>
            ))}
          </ul>
          <p className="mt-4">
            <StoreLink href={STOREFRONT.shoes} className="text-brand-700 underline">
              See all shoes
            </StoreLink>
          </p>
        </section>
      ) : null}

      {featuredArticles.length > 0 ? (
        <section aria-labelledby="guides-heading">
          <h2 id="guides-heading" className="text-2xl font-bold mb-4">
            Guides for walking comfortably
          </h2>
          <ul className="grid gap-4 md:grid-cols-3">
            {featuredArticles.map((article) => (
              <li key={article.slug} className="rounded-lg border border-brand-100 bg-white p-4">
                <h3 className="font-semibold text-lg">
                  <StoreLink href={articleHref(article.slug)} className="hover:underline">
                    {article.title}
                  </StoreLink>
                </h3>
                <p className="mt-1 text-sm text-muted">{article.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

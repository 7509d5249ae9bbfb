import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoreLink } from "@/components/ui/store-link";
import { ShippingRatesTable } from "@/components/policies/shipping-rates-table";
import { renderMarkdown } from "@/lib/articles/render-markdown";
import { getPolicyPage } from "@/lib/policies/get-policy-page";
import { listPublicShippingRates } from "@/lib/policies/list-shipping-rates";
import { POLICY_LINK_LABELS, POLICY_SLUGS } from "@/lib/policies/policy-slugs";
import { policyHref } from "@/lib/routes/storefront";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPolicyPage((await params).slug);
  if (!page) return { title: "Page not found" };
  return { title: page.title, description: page.summary };
}

/** A store policy page: staff's Markdown (or the default text), and on /help/shipping the live rates. */
export default async function PolicyPage({ params }: Props) {
  const page = await getPolicyPage((await params).slug);
  if (!page) notFound();
  const rates = page.slug === "shipping" ? await listPublicShippingRates() : null;
  return (
    <article className="max-w-3xl">
      <nav aria-label="Store policies">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          {POLICY_SLUGS.map((slug) => (
            <li key={slug}>
              <StoreLink
                href={policyHref(slug)}
                className="underline"
                aria-current={slug === page.slug ? "page" : undefined}
              >
                {POLICY_LINK_LABELS[slug]}
              </StoreLink>
            </li>
          ))}
        </ul>
      </nav>
      <h1 className="mt-4 text-3xl font-bold">{page.title}</h1>
      <p className="mt-2 text-lg text-muted">{page.summary}</p>
      {page.updatedAt ? (
        <p className="mt-1 text-sm text-muted">
          Updated{" "}
          <time dateTime={page.updatedAt.toISOString()}>
            {page.updatedAt.toLocaleDateString("en-US", { dateStyle: "long" })}
          </time>
        </p>
      ) : null}
      {/* Sanitized HTML from renderMarkdown: an allow-list of tags, no attributes but link targets. */}
      <div className="prose-article mt-6" dangerouslySetInnerHTML={{ __html: renderMarkdown(page.body) }} />
      {rates ? (
        <section aria-label="Shipping rates" className="mt-8">
          <ShippingRatesTable rates={rates} />
        </section>
      ) : null}
    </article>
  );
}

import type { Metadata } from "next";
import Image from "next/image";
import { StoreLink } from "@/components/ui/store-link";
import { notFound } from "next/navigation";
import { SpecTable } from "@/components/shop/spec-table";
import { VariantPickerWithCart } from "@/components/cart/variant-picker-with-cart";
import { getPublishedProduct, sortVariants } from "@/lib/catalog/get-product";
import { productJsonLd, serializeJsonLd } from "@/lib/catalog/product-json-ld";
import { formatMoney } from "@/lib/money";
import { articleHref, productHref } from "@/lib/routes/storefront";
import { siteOrigin } from "@/lib/site";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await getPublishedProduct((await params).slug);
  if (!product) return { title: "Shoe not found" };
  const image = product.images[0];
  return {
    title: `${product.name} by ${product.brand.name}`,
    description: product.description,
    alternates: { canonical: productHref(product.slug) },
    openGraph: {
      type: "website",
      title: product.name,
      description: product.description,
      url: productHref(product.slug),
      images: image ? [{ url: image.url, alt: image.alt }] : undefined,
    },
  };
}

export default async function ProductPage({ params }: Props) {
  const product = await getPublishedProduct((await params).slug);
  if (!product) notFound();
  const variants = sortVariants(product.variants).map((variant) => ({
    sku: variant.sku,
    fitRange: variant.fitRange,
    size: variant.sizeLabel,
    width: variant.widthCode,
    stock: variant.stock,
  }));
  const inStock = variants.some((variant) => variant.stock > 0);

  return (
    <article className="space-y-10">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(productJsonLd(product, siteOrigin())) }}
      />
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-label="Pictures" className="space-y-3">
          {product.images.map((image, index) => (
            <Image
              key={image.url}
              src={image.url}
              alt={image.alt}
              width={800}
              height={600}
              priority={index === 0}
              unoptimized
              className="w-full h-auto rounded-lg bg-brand-50"
            />
          ))}
        </section>
        <div className="space-y-4">
          <p className="text-muted">{product.brand.name}</p>
          <h1 className="text-3xl font-bold">{product.name}</h1>
          <p className="text-2xl font-semibold">{formatMoney(product.priceCents, product.currency)}</p>
          <p className="leading-relaxed">{product.description}</p>
          {inStock ? (
            <VariantPickerWithCart variants={variants} />
          ) : (
            <p className="font-semibold text-red-800">Out of stock in every size right now.</p>
          )}
        </div>
      </div>
      <SpecTable product={product} />
      {product.articles.length > 0 ? (
        <section aria-labelledby="related-guides">
          <h2 id="related-guides" className="text-xl font-semibold mb-3">
            Related guides
          </h2>
          <ul className="space-y-2">
            {product.articles.map(({ article }) => (
              <li key={article.slug}>
                <StoreLink href={articleHref(article.slug)} className="text-brand-700 underline">
                  {article.title}
                </StoreLink>
                <p className="text-sm text-muted">{article.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

import { centsToDecimalString } from "@/lib/money";
import { productHref } from "@/lib/routes/storefront";
import type { PublishedProduct } from "./get-product";

/**
 * Schema.org Product with one AggregateOffer (price range, availability, how many size and width
 * choices). One Offer per variant would repeat the same price 50 to 70 times per shoe and made the
 * JSON-LD the largest part of the page, sent twice (HTML and React's payload).
 */
export function productJsonLd(product: PublishedProduct, origin: string) {
  const url = `${origin}${productHref(product.slug)}`;
  const prices = product.variants.map((variant) => variant.priceCentsOverride ?? product.priceCents);
  const inStock = product.variants.some((variant) => variant.stock > 0);
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.description,
    brand: { "@type": "Brand", name: product.brand.name },
    image: product.images.map((image) => `${origin}${image.url}`),
    url,
    offers: {
      "@type": "AggregateOffer",
      priceCurrency: product.currency.toUpperCase(),
      lowPrice: centsToDecimalString(prices.length > 0 ? Math.min(...prices) : product.priceCents),
      highPrice: centsToDecimalString(prices.length > 0 ? Math.max(...prices) : product.priceCents),
      offerCount: product.variants.length,
      availability: inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      url,
    },
  };
}

/** JSON for a <script> tag: "<" is escaped so text in a product name can't close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

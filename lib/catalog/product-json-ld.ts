import { centsToDecimalString } from "@/lib/money";
import type { PublishedProduct } from "./get-product";

/** Schema.org Product with one Offer per variant, so search engines see price and availability. */
export function productJsonLd(product: PublishedProduct, origin: string) {
  const url = `${origin}/shoes/${product.slug}`;
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.description,
    brand: { "@type": "Brand", name: product.brand.name },
    image: product.images.map((image) => `${origin}${image.url}`),
    url,
    offers: product.variants.map((variant) => ({
      "@type": "Offer",
      sku: variant.sku,
      name: `${product.name}, size ${variant.sizeLabel} ${variant.widthCode}`,
      price: centsToDecimalString(variant.priceCentsOverride ?? product.priceCents),
      priceCurrency: product.currency.toUpperCase(),
      availability: variant.stock > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      url,
    })),
  };
}

/** JSON for a <script> tag: "<" is escaped so text in a product name can't close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

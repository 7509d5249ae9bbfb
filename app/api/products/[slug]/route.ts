import { NextResponse } from "next/server";
import { getPublishedProduct, sortVariants } from "@/lib/catalog/get-product";
import { handleApiError, jsonError } from "@/lib/http/api-error";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/products/[slug]: fit facts and variants with stock (docs/product-spec.md §7.8). */
export async function GET(_request: Request, { params }: Context) {
  try {
    const product = await getPublishedProduct((await params).slug);
    if (!product) return jsonError(404, "not_found");
    return NextResponse.json({
      slug: product.slug,
      name: product.name,
      brand: product.brand,
      range: product.range,
      category: product.category,
      description: product.description,
      priceCents: product.priceCents,
      currency: product.currency,
      support: product.support,
      cushionLevel: product.cushionLevel,
      heelStackMm: product.heelStackMm,
      forefootStackMm: product.forefootStackMm,
      dropMm: product.dropMm,
      rocker: product.rocker,
      heelCounter: product.heelCounter,
      baseWidth: product.baseWidth,
      toeBox: product.toeBox,
      weightG: product.weightG,
      removableInsole: product.removableInsole,
      closure: product.closure,
      outsole: product.outsole,
      images: product.images,
      variants: sortVariants(product.variants).map((variant) => ({
        sku: variant.sku,
        range: variant.fitRange,
        size: variant.sizeLabel,
        width: variant.widthCode,
        stock: variant.stock,
        priceCents: variant.priceCentsOverride ?? product.priceCents,
      })),
      articles: product.articles.map(({ article }) => ({ slug: article.slug, title: article.title })),
    });
  } catch (error) {
    return handleApiError(error);
  }
}

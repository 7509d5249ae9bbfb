import { NextResponse } from "next/server";
import { getPublishedArticle } from "@/lib/articles/get-article";
import { renderMarkdown } from "@/lib/articles/render-markdown";
import { handleApiError, jsonError } from "@/lib/http/api-error";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/articles/[slug]: the guide's Markdown, its sanitized HTML and linked products. */
export async function GET(_request: Request, { params }: Context) {
  try {
    const article = await getPublishedArticle((await params).slug);
    if (!article) return jsonError(404, "not_found");
    return NextResponse.json({
      slug: article.slug,
      title: article.title,
      summary: article.summary,
      tags: article.tags,
      updatedAt: article.updatedAt.toISOString(),
      body: article.body,
      html: renderMarkdown(article.body),
      products: article.products.map(({ product }) => ({
        slug: product.slug,
        name: product.name,
        brand: product.brand.name,
      })),
    });
  } catch (error) {
    return handleApiError(error);
  }
}

import "server-only";
import { getDb } from "@/lib/db";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { AdminError } from "../admin-error";
import { diffFields } from "../diff-fields";
import { articleSchema, splitTags } from "./article-schema";

/**
 * Creates (articleId null) or updates an article and its linked shoes. The body is stored
 * exactly as typed; it is rendered through the sanitizing Markdown renderer on every page view,
 * so a pasted <script> is shown as text and never runs.
 */
export async function saveArticle(
  actor: StaffActor,
  articleId: string | null,
  input: unknown,
): Promise<{ id: string; slug: string; previousSlug?: string }> {
  const values = articleSchema.parse(input);
  const data = {
    title: values.title,
    slug: values.slug,
    summary: values.summary,
    body: values.body,
    tags: splitTags(values.tags),
    published: values.published,
    featuredRank: values.featuredRank === "" ? null : Number(values.featuredRank),
  };
  const productIds = [...new Set(values.productIds)];
  return getDb().$transaction(async (tx) => {
    const known = await tx.product.count({ where: { id: { in: productIds } } });
    if (known !== productIds.length)
      throw new AdminError("One of the linked shoes no longer exists; reload the page.", {
        productIds: "Unknown shoe",
      });

    if (articleId === null) {
      const created = await tx.article.create({
        data: { ...data, products: { create: productIds.map((productId) => ({ productId })) } },
        select: { id: true, slug: true },
      });
      await writeAudit(
        {
          actorId: actor.userId,
          action: "article.create",
          entityType: "Article",
          entityId: created.id,
          after: { ...data, productIds },
          ip: actor.ip,
        },
        tx,
      );
      return created;
    }
    const before = await tx.article.findUnique({
      where: { id: articleId },
      include: { products: { select: { productId: true } } },
    });
    if (!before) throw new AdminError("That article no longer exists.", undefined, 404);
    const beforeIds = before.products.map((link) => link.productId).sort();
    const diff = diffFields({ ...before, productIds: beforeIds }, { ...data, productIds: [...productIds].sort() });
    if (diff) {
      await tx.article.update({ where: { id: articleId }, data });
      await tx.articleProduct.deleteMany({ where: { articleId } });
      await tx.articleProduct.createMany({ data: productIds.map((productId) => ({ articleId, productId })) });
      await writeAudit(
        {
          actorId: actor.userId,
          action: "article.update",
          entityType: "Article",
          entityId: articleId,
          ...diff,
          ip: actor.ip,
        },
        tx,
      );
    }
    return { id: articleId, slug: data.slug, previousSlug: before.slug };
  });
}

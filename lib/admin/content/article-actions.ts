"use server";

import { revalidatePath } from "next/cache";
import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import type { ActionState } from "@/lib/admin/action-state";
import { markdownPreviewSchema } from "@/lib/admin/content/article-schema";
import { saveArticle } from "@/lib/admin/content/save-article";
import { renderMarkdown } from "@/lib/articles/render-markdown";
import { articleHref, STOREFRONT } from "@/lib/routes/storefront";
import { checkSameOrigin } from "@/lib/http/same-origin";
import { readRequestContext } from "@/lib/staff/request-context";
import { requireStaff } from "@/lib/staff/require-staff";
import { runAdminAction } from "@/lib/admin/run-admin-action";

export async function saveArticleAction(articleId: unknown, values: unknown): Promise<ActionState> {
  return runAdminAction("staff", [articleId, values], async (actor) => {
    const id = articleId === null ? null : z.string().min(1).max(40).parse(articleId);
    const saved = await saveArticle(actor, id, values);
    for (const slug of new Set([saved.slug, saved.previousSlug].filter((slug): slug is string => Boolean(slug))))
      revalidatePath(articleHref(slug));
    revalidatePath(STOREFRONT.articles);
    return { ok: true, message: id ? "Saved. The guide shows the change now." : "Guide created.", id: saved.id };
  });
}

/**
 * The live preview: the same sanitizing renderer the shop uses, so staff see exactly what
 * shoppers will (a pasted <script> shows up as text). Read-only, but still staff-only.
 */
export async function previewMarkdownAction(body: unknown): Promise<{ html: string } | { error: string }> {
  const context = await readRequestContext();
  if (!checkSameOrigin(context.headers).ok) return { error: "Refused." };
  await requireStaff();
  const parsed = markdownPreviewSchema.safeParse(body);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Can't preview this." };
  return { html: renderMarkdown(parsed.data) };
}

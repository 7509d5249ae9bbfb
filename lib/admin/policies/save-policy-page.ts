import "server-only";
import { getDb } from "@/lib/db";
import { DEFAULT_POLICIES } from "@/lib/policies/default-policies";
import { isPolicySlug, POLICY_SLUGS } from "@/lib/policies/policy-slugs";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { AdminError } from "../admin-error";
import { diffFields } from "../diff-fields";
import { policySchema } from "./policy-schema";

/**
 * Saves a policy page's text, audited in the same transaction. The first save of a page that
 * still shows its default text creates its row (audited against that default). The body is
 * stored as typed and rendered through the sanitizing Markdown renderer on every view; the
 * PolicyPage trigger moves the content version, so cached pages pick it up at once.
 */
export async function savePolicyPage(actor: StaffActor, slug: string, input: unknown): Promise<{ changed: boolean }> {
  if (!isPolicySlug(slug)) throw new AdminError("There is no such policy page.", undefined, 404);
  const data = policySchema.parse(input);
  return getDb().$transaction(async (tx) => {
    // Locks the row (when there is one), so two saves at once are audited one after the other.
    const rows = await tx.$queryRaw<{ title: string; summary: string; body: string }[]>`
      SELECT "title", "summary", "body" FROM "PolicyPage" WHERE "slug" = ${slug} FOR UPDATE`;
    const before = rows[0] ?? DEFAULT_POLICIES[slug];
    const diff = diffFields(before, data);
    if (!diff && rows[0]) return { changed: false };
    await tx.policyPage.upsert({ where: { slug }, create: { slug, ...data }, update: data });
    await writeAudit(
      {
        actorId: actor.userId,
        action: rows[0] ? "policy_page.update" : "policy_page.create",
        entityType: "PolicyPage",
        entityId: slug,
        ...(diff ?? { after: { ...data } }),
        ip: actor.ip,
      },
      tx,
    );
    return { changed: true };
  });
}

/** Every policy page, in the fixed order, with its title and when staff last saved it (null: never). */
export async function listAdminPolicyPages(_actor: StaffActor) {
  const rows = await getDb().policyPage.findMany({ select: { slug: true, title: true, updatedAt: true } });
  return POLICY_SLUGS.map((slug) => {
    const row = rows.find((candidate) => candidate.slug === slug);
    return { slug, title: row?.title ?? DEFAULT_POLICIES[slug].title, updatedAt: row?.updatedAt ?? null };
  });
}

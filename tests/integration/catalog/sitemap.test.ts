/** @jest-environment-options {"template":"seeded"} */
import sitemap from "@/app/sitemap";
import { getDb } from "@/lib/db";
import { siteOrigin } from "@/lib/site";

// The sitemap lists every published shoe, every collection and every published guide, and
// nothing hidden: checked against the seeded catalog after hiding one shoe and one guide.

test("the sitemap lists published pages only", async () => {
  const db = getDb();
  const [hiddenShoe, hiddenGuide] = await Promise.all([
    db.product.findFirstOrThrow({ where: { published: true }, orderBy: { slug: "asc" } }),
    db.article.findFirstOrThrow({ where: { published: true }, orderBy: { slug: "asc" } }),
  ]);
  await db.product.update({ where: { id: hiddenShoe.id }, data: { published: false } });
  await db.article.update({ where: { id: hiddenGuide.id }, data: { published: false } });

  const origin = siteOrigin();
  const urls = (await sitemap()).map((entry) => entry.url);
  const expected = [
    ...(await db.product.findMany({ where: { published: true } })).map((p) => `${origin}/shoes/${p.slug}`),
    ...(await db.collection.findMany()).map((c) => `${origin}/collections/${c.slug}`),
    ...(await db.article.findMany({ where: { published: true } })).map((a) => `${origin}/articles/${a.slug}`),
    ...["shipping", "returns", "privacy", "contact"].map((slug) => `${origin}/help/${slug}`),
  ];

  expect(expected.length).toBeGreaterThan(3);
  expect(urls).toEqual(expect.arrayContaining(expected));
  expect(urls).toHaveLength(4 + expected.length);
  expect(urls).not.toContain(`${origin}/shoes/${hiddenShoe.slug}`);
  expect(urls).not.toContain(`${origin}/articles/${hiddenGuide.slug}`);
});

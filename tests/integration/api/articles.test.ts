/** @jest-environment-options {"template":"seeded"} */
import { NextRequest } from "next/server";
import { GET } from "@/app/api/articles/[slug]/route";
import { ARTICLE_SLUGS } from "@/lib/articles/slugs";
import { getDb } from "@/lib/db";

const get = (slug: string) =>
  GET(new NextRequest(`http://localhost/api/articles/${slug}`), { params: Promise.resolve({ slug }) });

type ArticleBody = {
  slug: string;
  title: string;
  body: string;
  html: string;
  tags: string[];
  updatedAt: string;
  products: { slug: string }[];
};

describe("GET /api/articles/[slug]", () => {
  it("gives a published guide with its Markdown, rendered HTML and linked products", async () => {
    const response = await get(ARTICLE_SLUGS.measureFeet);
    expect(response.status).toBe(200);
    const body = (await response.json()) as ArticleBody;
    const row = await getDb().article.findUniqueOrThrow({ where: { slug: ARTICLE_SLUGS.measureFeet } });
    expect(body).toMatchObject({
      slug: row.slug,
      title: row.title,
      body: row.body,
      tags: row.tags,
      updatedAt: row.updatedAt.toISOString(),
    });
    expect(body.html).toMatch(/<(p|h2)>/);
    expect(body.products.length).toBeGreaterThan(0);
  });

  it("answers an unknown or unpublished slug with a JSON 404", async () => {
    const unknown = await get("no-such-guide");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: "not_found" });

    await getDb().article.update({ where: { slug: ARTICLE_SLUGS.orthotics }, data: { published: false } });
    expect((await get(ARTICLE_SLUGS.orthotics)).status).toBe(404);
  });

  it("sanitizes article HTML: no script, no event handler, no javascript: link", async () => {
    const body = [
      "## Fitting notes",
      "",
      "Before <script>alert(1)</script> after.",
      "",
      "<img src=x onerror=alert(1)>",
      "",
      "A [bad link](javascript:alert(1)), a [shouting one](JAVASCRIPT:alert(2)) and a [good link](https://example.com/fit).",
      "",
      '<a href="javascript:alert(3)" onclick="alert(4)">raw anchor</a>',
      "",
      "<script>",
      "alert(5)",
      "</script>",
    ].join("\n");
    await getDb().article.create({
      data: { slug: "xss-check", title: "XSS check", summary: "Hostile body", body, tags: ["test"] },
    });

    const response = await get("xss-check");
    expect(response.status).toBe(200);
    const { html, body: markdown } = (await response.json()) as ArticleBody;
    // Stored as given...
    expect(markdown).toBe(body);
    // ...rendered without anything a browser would run.
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/onclick/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/<img/i);
    // The allowed parts survive, and the pasted script shows as text.
    expect(html).toContain("<h2>Fitting notes</h2>");
    expect(html).toContain('<a href="https://example.com/fit">good link</a>');
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

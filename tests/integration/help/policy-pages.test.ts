import { mockRequest, SAME_ORIGIN_HEADERS } from "../../support/next-request-mocks";
import { renderToStaticMarkup } from "react-dom/server";
import PolicyPage from "@/app/help/[slug]/page";
import FindOrderPage from "@/app/orders/find/page";
import ShopperOrderPage from "@/app/orders/[id]/page";
import { SiteFooter } from "@/components/layout/site-footer";
import { savePolicyPageAction } from "@/lib/admin/policies/policy-actions";
import { listAdminPolicyPages } from "@/lib/admin/policies/save-policy-page";
import { getDb } from "@/lib/db";
import { DEFAULT_POLICIES } from "@/lib/policies/default-policies";
import { POLICY_SLUGS } from "@/lib/policies/policy-slugs";
import { RETURNS_SENTENCE } from "@/lib/policies/returns-sentence";
import { expectWarning } from "../../support/expect-warning";
import { staffActorForTests } from "../../support/staff-actor-for-tests";
import { createStaff, signInCookie } from "../admin/support";

// The store policy pages: /help/shipping, /help/returns, /help/privacy and /help/contact, with
// default text until staff edit them in the admin (audited, shown at once, and moving the
// content version the page cache checks), the live shipping rates, and a 404 for any other slug.

jest.mock("next/navigation", () => ({
  ...jest.requireActual("next/navigation"),
  useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }),
}));

const render = async (slug: string) => renderToStaticMarkup(await PolicyPage({ params: Promise.resolve({ slug }) }));
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

let cookie = "";
beforeAll(async () => {
  await createStaff("policies@example.com");
  cookie = await signInCookie("policies@example.com");
});
beforeEach(() => mockRequest({ cookie, headers: SAME_ORIGIN_HEADERS }));
afterAll(() => getDb().$disconnect());

const contentVersion = async () => (await getDb().contentState.findUniqueOrThrow({ where: { id: 1 } })).version;

describe("policy pages", () => {
  it.each(POLICY_SLUGS)("shows /help/%s with its default text before staff have saved it", async (slug) => {
    const html = await render(slug);
    expect(html).toContain(
      `<h1 class="mt-4 text-3xl font-bold">${DEFAULT_POLICIES[slug].title.replace("&", "&amp;")}</h1>`,
    );
    expect(html).not.toContain("Updated");
  });

  it.each(["terms", "Shipping", "../shipping", "shipping.md", "x".repeat(300)])(
    "answers /help/%s with a 404",
    async (slug) => {
      await expect(render(slug)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    },
  );

  it("lists the shipping rates from the database as they are now", async () => {
    const rate = await getDb().shippingRate.create({
      data: {
        name: "Courier Test",
        priceCents: 1234,
        minBusinessDays: 2,
        maxBusinessDays: 4,
        countries: ["US", "CA"],
        freeOverCents: 15_000,
      },
    });
    const hidden = await getDb().shippingRate.create({
      data: {
        name: "Retired Rate",
        priceCents: 99,
        minBusinessDays: 1,
        maxBusinessDays: 1,
        countries: ["US"],
        active: false,
      },
    });
    let text = textOf(await render("shipping"));
    expect(text).toContain(
      "Courier Test $12.34, free on orders of $150.00 or more 2–4 business days United States, Canada",
    );
    expect(text).not.toContain("Retired Rate");
    await getDb().shippingRate.update({ where: { id: rate.id }, data: { priceCents: 500 } });
    text = textOf(await render("shipping"));
    expect(text).toContain("Courier Test $5.00");
    await getDb().shippingRate.deleteMany({ where: { id: { in: [rate.id, hidden.id] } } });
  });

  it("says truthfully on the privacy page what is kept and that fit answers and card details are not", async () => {
    const text = textOf(await render("privacy"));
    for (const kept of [
      "orders",
      "email address",
      "shipping address and phone number",
      "cart cookie",
      "Staff sign-ins",
    ])
      expect(text.toLowerCase()).toContain(kept.toLowerCase());
    expect(text).toContain("the pain and health answers are never saved, never logged and never emailed");
    expect(text).toContain("Never your pain, health or safety answers");
    expect(text).toContain("Stripe");
  });

  it("states the returns policy: 60 days from shipping, any fit reason, exchanges for another size or width", async () => {
    const text = textOf(await render("returns"));
    expect(text).toContain("within 60 days of the day we shipped them");
    expect(text).toContain("Any fit reason counts");
    expect(text).toContain("another size or width");
  });
});

describe("editing a policy page in the admin", () => {
  const values = {
    title: "Returns & exchanges",
    summary: "Send back unworn shoes within 60 days of shipping.",
    body: "## Our promise\n\nSend them back within **60 days**. <script>alert(1)</script>\n\n[Contact](/help/contact)",
  };

  it("saves the text, audited, shows it at once, and moves the content version the page cache checks", async () => {
    const before = await contentVersion();
    expect(await savePolicyPageAction("returns", values)).toMatchObject({ ok: true });
    expect(await contentVersion()).toBeGreaterThan(before);

    const html = await render("returns");
    expect(html).toContain("<h2>Our promise</h2>");
    expect(html).toContain("<strong>60 days</strong>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>");
    expect(html).toContain("Updated");

    const audit = await getDb().auditLog.findMany({ where: { entityType: "PolicyPage", entityId: "returns" } });
    expect(audit).toEqual([expect.objectContaining({ action: "policy_page.create" })]);

    // A second save changes the row and writes an update with only what changed.
    expect(
      await savePolicyPageAction("returns", { ...values, summary: "Changed summary for the page." }),
    ).toMatchObject({
      ok: true,
    });
    const update = await getDb().auditLog.findFirstOrThrow({
      where: { action: "policy_page.update", entityId: "returns" },
    });
    expect(update.after).toEqual({ summary: "Changed summary for the page." });
    // Saving the same text again changes nothing and writes nothing.
    expect(
      await savePolicyPageAction("returns", { ...values, summary: "Changed summary for the page." }),
    ).toMatchObject({
      ok: true,
      message: "Nothing changed.",
    });
    expect(await getDb().auditLog.count({ where: { entityType: "PolicyPage" } })).toBe(2);
    const listed = await listAdminPolicyPages(
      staffActorForTests({ userId: "test-user", email: "policies@example.com", role: "staff" }),
    );
    expect(listed.map((page) => page.slug)).toEqual([...POLICY_SLUGS]);
    expect(listed.find((page) => page.slug === "returns")?.updatedAt).toEqual(expect.any(Date));
  });

  it("refuses treatment claims, bad input and unknown pages without saving", async () => {
    const claim = await savePolicyPageAction("shipping", {
      ...values,
      body: "These shoes relieve back pain for good, promised.",
    });
    expect(claim).toMatchObject({ ok: false, fields: { body: expect.stringContaining("health claim") } });
    expect(await savePolicyPageAction("shipping", { ...values, title: "" })).toMatchObject({
      ok: false,
      fields: { title: expect.any(String) },
    });
    expect(await savePolicyPageAction("terms", values)).toMatchObject({ ok: false });
    expect(await savePolicyPageAction(42, values)).toMatchObject({ ok: false });
    expect(await savePolicyPageAction("shipping", { ...values, extra: 1 })).toMatchObject({ ok: false });
    expect(await getDb().policyPage.count({ where: { slug: { in: ["shipping", "terms"] } } })).toBe(0);
  });

  it("refuses a visitor without a staff session and a cross-site request", async () => {
    mockRequest({ headers: SAME_ORIGIN_HEADERS });
    await expect(savePolicyPageAction("contact", values)).rejects.toBeTruthy();
    mockRequest({ cookie, headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } });
    const refusal = expectWarning(/^Refused cross-site Server Action/);
    expect(await savePolicyPageAction("contact", values)).toMatchObject({ ok: false });
    expect(refusal).toHaveLength(1);
    expect(await getDb().policyPage.count({ where: { slug: "contact" } })).toBe(0);
  });
});

describe("links to the policy pages and the order finder", () => {
  it("puts every policy page and /orders/find in the site footer", () => {
    const html = renderToStaticMarkup(SiteFooter({ storeName: "Steady Stride" }));
    for (const slug of POLICY_SLUGS) expect(html).toContain(`href="/help/${slug}"`);
    expect(html).toContain('href="/orders/find"');
  });

  it("tells the shopper on their order page how returns and exchanges work, with the policy links", async () => {
    const order = await getDb().order.create({
      data: { accessToken: "policy-links-order-token-0000000000000", currency: "usd", totalCents: 0, status: "PAID" },
    });
    const html = renderToStaticMarkup(
      await ShopperOrderPage({
        params: Promise.resolve({ id: order.id }),
        searchParams: Promise.resolve({ token: order.accessToken }),
      }),
    );
    expect(textOf(html)).toContain(RETURNS_SENTENCE);
    for (const slug of POLICY_SLUGS) expect(html).toContain(`href="/help/${slug}"`);
  });

  it("links the contact page to /orders/find, and /orders/find to the contact page", async () => {
    expect(await render("contact")).toContain('href="/orders/find"');
    const html = renderToStaticMarkup(await FindOrderPage({ searchParams: Promise.resolve({ sent: "1" }) }));
    expect(html).toContain('href="/help/contact"');
    expect(html).toContain('action="/api/orders/find"');
    expect(html).toContain("we&#x27;ve emailed the link");
  });
});

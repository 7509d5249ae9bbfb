/** @jest-environment-options {"template":"seeded"} */
import { mockRequest, SAME_ORIGIN_HEADERS as SAME_ORIGIN } from "../../support/next-request-mocks";
import { getDb } from "@/lib/db";
import { getCatalogSnapshot } from "@/lib/catalog/get-catalog-snapshot";
import { toProductFormValues } from "@/lib/admin/catalog/product-form-values";
import { createOrder } from "./fixtures";
import { createStaff, signInCookie } from "./support";

import {
  createProductAction,
  removeProductAction,
  saveVariantGridAction,
  setPublishedAction,
  updateProductAction,
} from "@/lib/admin/catalog/product-actions";
import { revalidatePath } from "next/cache";

async function signIn(email: string, role: "owner" | "staff") {
  await createStaff(email, role);
  mockRequest({ cookie: await signInCookie(email), headers: SAME_ORIGIN });
}

async function newProductValues(slug: string) {
  const brand = await getDb().brand.findFirstOrThrow();
  return {
    name: "Test Walker",
    slug,
    brandId: brand.id,
    range: "men" as const,
    category: "walking" as const,
    description: "A steady, cushioned everyday walking shoe with a roomy toe box.",
    price: "129.95",
    featuredRank: "",
    published: true,
    support: "neutral" as const,
    cushionLevel: "4",
    heelStackMm: "32",
    forefootStackMm: "24",
    rocker: "mild" as const,
    heelCounter: "firm" as const,
    baseWidth: "wide" as const,
    toeBox: "roomy" as const,
    weightG: "290",
    removableInsole: true,
    closure: "laces" as const,
    outsole: "road" as const,
  };
}

describe("catalog editing: products, stock grid and their audit entries", () => {
  beforeEach(async () => {
    const db = getDb();
    await db.$transaction([
      db.staffSession.deleteMany(),
      db.loginAttempt.deleteMany(),
      db.auditLog.deleteMany(),
      db.staffUser.deleteMany(),
    ]);
  });

  it("creates a product from the form (price as a decimal → integer cents) and shows it in the storefront snapshot at once", async () => {
    await signIn("clerk@example.com", "staff");
    const result = await createProductAction(await newProductValues("test-walker"));
    expect(result).toMatchObject({ ok: true, id: expect.any(String) });
    const product = await getDb().product.findUniqueOrThrow({ where: { slug: "test-walker" } });
    expect(product.priceCents).toBe(12995); // $129.95
    expect(product.dropMm).toBe(8);
    const snapshot = await getCatalogSnapshot();
    expect(snapshot.products.some((item) => item.slug === "test-walker")).toBe(true);
    expect(revalidatePath).toHaveBeenCalledWith("/shoes/test-walker");
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { action: "product.create", entityId: product.id },
    });
    expect(audit.after).toMatchObject({ priceCents: 12995, slug: "test-walker" });
  });

  it("rejects bad fields with messages next to the fields, re-checked on the server", async () => {
    await signIn("clerk@example.com", "staff");
    const values = {
      ...(await newProductValues("bad")),
      price: "12.999",
      cushionLevel: "9",
      forefootStackMm: "40",
      description: "This shoe relieves back pain for good.",
    };
    const result = await createProductAction(values);
    expect(result.ok).toBe(false);
    expect(Object.keys(result.fields ?? {}).sort()).toEqual([
      "cushionLevel",
      "description",
      "forefootStackMm",
      "price",
    ]);
    expect(result.fields?.description).toMatch(/health claim/);
    expect(await getDb().product.count({ where: { slug: "bad" } })).toBe(0);
  });

  it("records before and after of an edit, and refuses a save based on a stale copy", async () => {
    await signIn("clerk@example.com", "staff");
    const product = await getDb().product.findFirstOrThrow({ where: { published: true } });
    const values = { ...toProductFormValues(product), price: "99.50", name: `${product.name} II` };
    expect(await updateProductAction(product.id, product.updatedAt.toISOString(), values)).toMatchObject({ ok: true });
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { action: "product.update", entityId: product.id },
    });
    expect(audit.before).toEqual({ name: product.name, priceCents: product.priceCents });
    expect(audit.after).toEqual({ name: `${product.name} II`, priceCents: 9950 });
    const stale = await updateProductAction(product.id, product.updatedAt.toISOString(), { ...values, price: "1.00" });
    expect(stale).toMatchObject({ ok: false, message: expect.stringMatching(/Someone else saved/) });
    expect((await getDb().product.findUniqueOrThrow({ where: { id: product.id } })).priceCents).toBe(9950);
  });

  it("unpublishing hides the product from the storefront snapshot immediately", async () => {
    await signIn("clerk@example.com", "staff");
    const product = await getDb().product.findFirstOrThrow({ where: { published: true } });
    expect((await getCatalogSnapshot()).products.some((item) => item.id === product.id)).toBe(true);
    expect(await setPublishedAction(product.id, false)).toMatchObject({ ok: true });
    expect((await getCatalogSnapshot()).products.some((item) => item.id === product.id)).toBe(false);
    expect(await getDb().auditLog.count({ where: { action: "product.unpublish", entityId: product.id } })).toBe(1);
  });

  it("edits stock, SKUs and new sizes in one save, each with an audit entry holding before and after", async () => {
    await signIn("clerk@example.com", "staff");
    const db = getDb();
    const product = await db.product.findFirstOrThrow({
      where: { range: "men" },
      include: { variants: { orderBy: { sku: "asc" } } },
    });
    const [first, second] = product.variants as [(typeof product.variants)[number], (typeof product.variants)[number]];
    const freeSize = ["6", "6.5", "15.5", "16"].find(
      (size) =>
        !product.variants.some(
          (variant) => variant.fitRange === "men" && variant.sizeLabel === size && variant.widthCode === "D",
        ),
    ) as string;
    const result = await saveVariantGridAction(product.id, [
      {
        fitRange: first.fitRange,
        sizeLabel: first.sizeLabel,
        widthCode: first.widthCode,
        stock: String(first.stock + 7),
        sku: first.sku,
        expected: first.stock,
      },
      {
        fitRange: second.fitRange,
        sizeLabel: second.sizeLabel,
        widthCode: second.widthCode,
        stock: "0",
        sku: `${second.sku}-X`,
        expected: second.stock,
      },
      { fitRange: "men", sizeLabel: freeSize, widthCode: "D", stock: "4", sku: "", expected: null },
    ]);
    expect(result).toMatchObject({ ok: true, message: "Saved: 1 added, 2 changed, 0 removed." });
    expect((await db.variant.findUniqueOrThrow({ where: { id: first.id } })).stock).toBe(first.stock + 7);
    expect(await db.variant.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      stock: 0,
      sku: `${second.sku}-X`,
    });
    const created = await db.variant.findFirstOrThrow({
      where: { productId: product.id, sizeLabel: freeSize, widthCode: "D" },
    });
    expect(created).toMatchObject({ stock: 4, sku: `${product.slug.toUpperCase()}-M${freeSize}-D` });

    const entries = await db.auditLog.findMany({ where: { entityType: "Variant" }, orderBy: { action: "asc" } });
    expect(entries.map((entry) => [entry.action, entry.entityId, entry.before, entry.after])).toEqual(
      expect.arrayContaining([
        ["variant.stock", first.id, { sku: first.sku, stock: first.stock }, { sku: first.sku, stock: first.stock + 7 }],
        ["variant.stock", second.id, { sku: second.sku, stock: second.stock }, { sku: `${second.sku}-X`, stock: 0 }],
        ["variant.create", created.id, null, { sku: created.sku, stock: 4 }],
      ]),
    );
    expect(entries).toHaveLength(3);
    expect(entries.every((entry) => entry.actorId !== null && entry.ip === "unknown")).toBe(true);
  });

  it("refuses the whole save when a sale changed a cell's stock while the grid was open, and never goes negative", async () => {
    await signIn("clerk@example.com", "staff");
    const db = getDb();
    const product = await db.product.findFirstOrThrow({
      where: { range: "women" },
      include: { variants: { where: { stock: { gte: 3 } }, orderBy: { sku: "asc" } } },
    });
    const [sold, other] = product.variants as [(typeof product.variants)[number], (typeof product.variants)[number]];
    await db.variant.update({ where: { id: sold.id }, data: { stock: { decrement: 1 } } }); // a checkout took a pair
    const result = await saveVariantGridAction(product.id, [
      {
        fitRange: sold.fitRange,
        sizeLabel: sold.sizeLabel,
        widthCode: sold.widthCode,
        stock: "10",
        sku: sold.sku,
        expected: sold.stock,
      },
      {
        fitRange: other.fitRange,
        sizeLabel: other.sizeLabel,
        widthCode: other.widthCode,
        stock: "11",
        sku: other.sku,
        expected: other.stock,
      },
    ]);
    expect(result.ok).toBe(false);
    expect(Object.values(result.fields ?? {})[0]).toMatch(/Stock changed from \d+ to \d+/);
    expect((await db.variant.findUniqueOrThrow({ where: { id: sold.id } })).stock).toBe(sold.stock - 1);
    expect((await db.variant.findUniqueOrThrow({ where: { id: other.id } })).stock).toBe(other.stock);
    const negative = await saveVariantGridAction(product.id, [
      {
        fitRange: other.fitRange,
        sizeLabel: other.sizeLabel,
        widthCode: other.widthCode,
        stock: "-1",
        sku: other.sku,
        expected: other.stock,
      },
    ]);
    expect(negative.ok).toBe(false);
    expect((await db.variant.findUniqueOrThrow({ where: { id: other.id } })).stock).toBe(other.stock);
    expect(await db.auditLog.count({ where: { entityType: "Variant" } })).toBe(0);
  });

  it("deletes a product nobody ordered, but archives one with orders (owners only)", async () => {
    await signIn("owner@example.com", "owner");
    const db = getDb();
    const { variantId } = await createOrder("PAID");
    const ordered = await db.variant.findUniqueOrThrow({ where: { id: variantId }, select: { productId: true } });
    const unordered = await db.product.findFirstOrThrow({
      where: { id: { not: ordered.productId }, variants: { none: { orderLines: { some: {} } } } },
    });
    expect(await removeProductAction(unordered.id)).toMatchObject({ ok: true, message: "Deleted." });
    expect(await db.product.findUnique({ where: { id: unordered.id } })).toBeNull();
    expect(await removeProductAction(ordered.productId)).toMatchObject({
      ok: true,
      message: expect.stringMatching(/archived/),
    });
    expect(await db.product.findUniqueOrThrow({ where: { id: ordered.productId } })).toMatchObject({
      published: false,
      archivedAt: expect.any(Date),
    });
    expect(await db.orderLine.count({ where: { variantId } })).toBe(1);
    expect(
      (await db.auditLog.findMany({ where: { action: { in: ["product.delete", "product.archive"] } } }))
        .map((entry) => entry.action)
        .sort(),
    ).toEqual(["product.archive", "product.delete"]);
  });
});

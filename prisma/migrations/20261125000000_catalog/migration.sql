-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ProductRange" AS ENUM ('men', 'women', 'unisex');

-- CreateEnum
CREATE TYPE "FitRange" AS ENUM ('men', 'women');

-- CreateEnum
CREATE TYPE "Category" AS ENUM ('walking', 'everyday', 'recovery', 'trail');

-- CreateEnum
CREATE TYPE "Support" AS ENUM ('neutral', 'stability', 'motion');

-- CreateEnum
CREATE TYPE "Rocker" AS ENUM ('none', 'mild', 'pronounced');

-- CreateEnum
CREATE TYPE "HeelCounter" AS ENUM ('flexible', 'moderate', 'firm');

-- CreateEnum
CREATE TYPE "BaseWidth" AS ENUM ('narrow', 'standard', 'wide');

-- CreateEnum
CREATE TYPE "ToeBox" AS ENUM ('tapered', 'standard', 'roomy', 'anatomical');

-- CreateEnum
CREATE TYPE "Closure" AS ENUM ('laces', 'hook_and_loop', 'slip_on');

-- CreateEnum
CREATE TYPE "Outsole" AS ENUM ('road', 'mixed', 'trail');

-- CreateTable
CREATE TABLE "Brand" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Brand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SizeChartRow" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "range" "FitRange" NOT NULL,
    "sizeLabel" TEXT NOT NULL,
    "footLengthMinMm" INTEGER NOT NULL,
    "footLengthMaxMm" INTEGER NOT NULL,

    CONSTRAINT "SizeChartRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "range" "ProductRange" NOT NULL,
    "category" "Category" NOT NULL,
    "description" TEXT NOT NULL,
    "priceCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'usd',
    "published" BOOLEAN NOT NULL DEFAULT true,
    "featuredRank" INTEGER,
    "support" "Support" NOT NULL,
    "cushionLevel" INTEGER NOT NULL,
    "heelStackMm" INTEGER NOT NULL,
    "forefootStackMm" INTEGER NOT NULL,
    "dropMm" INTEGER NOT NULL,
    "rocker" "Rocker" NOT NULL,
    "heelCounter" "HeelCounter" NOT NULL,
    "baseWidth" "BaseWidth" NOT NULL,
    "toeBox" "ToeBox" NOT NULL,
    "weightG" INTEGER NOT NULL,
    "removableInsole" BOOLEAN NOT NULL,
    "closure" "Closure" NOT NULL,
    "outsole" "Outsole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductImage" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "alt" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProductImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Variant" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "fitRange" "FitRange" NOT NULL,
    "sizeLabel" TEXT NOT NULL,
    "widthCode" TEXT NOT NULL,
    "stock" INTEGER NOT NULL DEFAULT 0,
    "priceCentsOverride" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Variant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Collection" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "featuredRank" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Collection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectionProduct" (
    "collectionId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CollectionProduct_pkey" PRIMARY KEY ("collectionId","productId")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "tags" TEXT[],
    "published" BOOLEAN NOT NULL DEFAULT true,
    "featuredRank" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleProduct" (
    "articleId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,

    CONSTRAINT "ArticleProduct_pkey" PRIMARY KEY ("articleId","productId")
);

-- CreateTable
CREATE TABLE "ArticleCollection" (
    "articleId" TEXT NOT NULL,
    "collectionId" TEXT NOT NULL,

    CONSTRAINT "ArticleCollection_pkey" PRIMARY KEY ("articleId","collectionId")
);

-- CreateTable
CREATE TABLE "CatalogState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CatalogState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogChange" (
    "version" BIGINT NOT NULL,
    "productId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogChange_pkey" PRIMARY KEY ("version")
);

-- CreateIndex
CREATE UNIQUE INDEX "Brand_slug_key" ON "Brand"("slug");

-- CreateIndex
CREATE INDEX "SizeChartRow_brandId_range_footLengthMinMm_idx" ON "SizeChartRow"("brandId", "range", "footLengthMinMm");

-- CreateIndex
CREATE UNIQUE INDEX "SizeChartRow_brandId_range_sizeLabel_key" ON "SizeChartRow"("brandId", "range", "sizeLabel");

-- CreateIndex
CREATE UNIQUE INDEX "Product_slug_key" ON "Product"("slug");

-- CreateIndex
CREATE INDEX "Product_published_range_idx" ON "Product"("published", "range");

-- CreateIndex
CREATE INDEX "Product_priceCents_idx" ON "Product"("priceCents");

-- CreateIndex
CREATE INDEX "Product_createdAt_idx" ON "Product"("createdAt");

-- CreateIndex
CREATE INDEX "Product_brandId_idx" ON "Product"("brandId");

-- CreateIndex
CREATE INDEX "ProductImage_productId_position_idx" ON "ProductImage"("productId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Variant_sku_key" ON "Variant"("sku");

-- CreateIndex
CREATE INDEX "Variant_fitRange_sizeLabel_widthCode_stock_idx" ON "Variant"("fitRange", "sizeLabel", "widthCode", "stock");

-- CreateIndex
CREATE UNIQUE INDEX "Variant_productId_fitRange_sizeLabel_widthCode_key" ON "Variant"("productId", "fitRange", "sizeLabel", "widthCode");

-- CreateIndex
CREATE UNIQUE INDEX "Collection_slug_key" ON "Collection"("slug");

-- CreateIndex
CREATE INDEX "CollectionProduct_productId_idx" ON "CollectionProduct"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE INDEX "Article_published_updatedAt_idx" ON "Article"("published", "updatedAt");

-- CreateIndex
CREATE INDEX "ArticleProduct_productId_idx" ON "ArticleProduct"("productId");

-- CreateIndex
CREATE INDEX "ArticleCollection_collectionId_idx" ON "ArticleCollection"("collectionId");

-- AddForeignKey
ALTER TABLE "SizeChartRow" ADD CONSTRAINT "SizeChartRow_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductImage" ADD CONSTRAINT "ProductImage_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Variant" ADD CONSTRAINT "Variant_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionProduct" ADD CONSTRAINT "CollectionProduct_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionProduct" ADD CONSTRAINT "CollectionProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleProduct" ADD CONSTRAINT "ArticleProduct_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleProduct" ADD CONSTRAINT "ArticleProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleCollection" ADD CONSTRAINT "ArticleCollection_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleCollection" ADD CONSTRAINT "ArticleCollection_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written rules the Prisma schema can't express.

-- Stock can never go negative, whatever code path writes it.
ALTER TABLE "Variant" ADD CONSTRAINT "Variant_stock_non_negative" CHECK ("stock" >= 0);
ALTER TABLE "Variant" ADD CONSTRAINT "Variant_width_code_known" CHECK ("widthCode" IN ('4A', '2A', 'B', 'D', '2E', '4E', '6E'));
ALTER TABLE "Variant" ADD CONSTRAINT "Variant_price_override_non_negative" CHECK ("priceCentsOverride" IS NULL OR "priceCentsOverride" >= 0);
ALTER TABLE "Product" ADD CONSTRAINT "Product_price_non_negative" CHECK ("priceCents" >= 0);
ALTER TABLE "Product" ADD CONSTRAINT "Product_cushion_level_range" CHECK ("cushionLevel" BETWEEN 1 AND 5);
ALTER TABLE "Product" ADD CONSTRAINT "Product_currency_lowercase" CHECK ("currency" ~ '^[a-z]{3}$');
ALTER TABLE "SizeChartRow" ADD CONSTRAINT "SizeChartRow_length_order" CHECK ("footLengthMinMm" <= "footLengthMaxMm");

-- Catalog change log. App servers keep an in-memory catalog snapshot (listing, facets, fit quiz)
-- and refresh only the products whose rows changed since their snapshot's version.
-- The triggers are DEFERRED to commit time, so the row lock on "CatalogState" is the last lock
-- a transaction takes: versions are handed out in commit order (no gaps a reader could skip)
-- and the lock can't take part in a deadlock with variant row locks.
INSERT INTO "CatalogState" ("id", "version") VALUES (1, 0);

-- The body is an E-string with \073 for each semicolon: @prisma/adapter-pg runs migration scripts
-- by splitting them at every semicolon, which would cut a plain dollar-quoted body apart.
CREATE FUNCTION "catalog_record_change"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  row_data JSONB\073
  changed_product TEXT\073
  next_version BIGINT\073
BEGIN
  IF TG_OP = \'DELETE\' THEN row_data := to_jsonb(OLD)\073 ELSE row_data := to_jsonb(NEW)\073 END IF\073
  -- TG_ARGV[0] names the column holding the product id, or all for changes that touch many products.
  IF TG_ARGV[0] = \'all\' THEN changed_product := NULL\073 ELSE changed_product := row_data ->> TG_ARGV[0]\073 END IF\073
  UPDATE "CatalogState" SET "version" = "version" + 1 WHERE "id" = 1 RETURNING "version" INTO next_version\073
  INSERT INTO "CatalogChange" ("version", "productId") VALUES (next_version, changed_product)\073
  RETURN NULL\073
END
';

CREATE CONSTRAINT TRIGGER "Product_catalog_change" AFTER INSERT OR UPDATE OR DELETE ON "Product"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "catalog_record_change"('id');
CREATE CONSTRAINT TRIGGER "Variant_catalog_change" AFTER INSERT OR UPDATE OR DELETE ON "Variant"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "catalog_record_change"('productId');
CREATE CONSTRAINT TRIGGER "ProductImage_catalog_change" AFTER INSERT OR UPDATE OR DELETE ON "ProductImage"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "catalog_record_change"('productId');
CREATE CONSTRAINT TRIGGER "CollectionProduct_catalog_change" AFTER INSERT OR UPDATE OR DELETE ON "CollectionProduct"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "catalog_record_change"('productId');
CREATE CONSTRAINT TRIGGER "Brand_catalog_change" AFTER INSERT OR UPDATE OR DELETE ON "Brand"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "catalog_record_change"('all');
CREATE CONSTRAINT TRIGGER "SizeChartRow_catalog_change" AFTER INSERT OR UPDATE OR DELETE ON "SizeChartRow"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "catalog_record_change"('all');
CREATE CONSTRAINT TRIGGER "Collection_catalog_change" AFTER INSERT OR UPDATE OR DELETE ON "Collection"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "catalog_record_change"('all');

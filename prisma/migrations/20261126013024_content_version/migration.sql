-- CreateTable
CREATE TABLE "ContentState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ContentState_pkey" PRIMARY KEY ("id")
);


-- Articles and their links to products and collections show on storefront pages that the page
-- cache keeps (lib/http/page-cache). Any write to them moves this version, which every cached
-- page is checked against. Statement-level: one bump per statement is enough, nothing is logged.
INSERT INTO "ContentState" ("id", "version") VALUES (1, 0);

-- An E-string with \073 for semicolons, as in the first migration (the adapter splits at them).
CREATE FUNCTION "content_record_change"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "ContentState" SET "version" = "version" + 1 WHERE "id" = 1\073
  RETURN NULL\073
END
';

CREATE TRIGGER "Article_content_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Article"
  FOR EACH STATEMENT EXECUTE FUNCTION "content_record_change"();
CREATE TRIGGER "ArticleProduct_content_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ArticleProduct"
  FOR EACH STATEMENT EXECUTE FUNCTION "content_record_change"();
CREATE TRIGGER "ArticleCollection_content_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ArticleCollection"
  FOR EACH STATEMENT EXECUTE FUNCTION "content_record_change"();

-- Emails are sent as HTML with the plain text as the alternative. Older rows have no HTML and
-- get one made from their text when sent.
ALTER TABLE "OutboxEmail" ADD COLUMN "html" TEXT;

-- Store policy pages (/help/shipping, /help/returns, /help/privacy, /help/contact), edited by staff.
CREATE TABLE "PolicyPage" (
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PolicyPage_pkey" PRIMARY KEY ("slug")
);

-- Policy pages are content like the guides: an edit moves the content version, so a page the
-- page cache may keep (the footer links to them from every page) is never stale.
CREATE TRIGGER "PolicyPage_content_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PolicyPage"
  FOR EACH STATEMENT EXECUTE FUNCTION "content_record_change"();

-- The per-order cap on order-lookup emails: one row per order and clock hour, counted up by a
-- conditional upsert that stops at the cap.
CREATE TABLE "OrderLookupWindow" (
    "orderId" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "sent" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrderLookupWindow_pkey" PRIMARY KEY ("orderId","windowStart")
);

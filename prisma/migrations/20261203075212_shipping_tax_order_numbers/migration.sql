-- Shipping rates, the store's tax setting, and on each order: its human order number, the
-- shipping, tax and discount parts of its total, the rates it was offered, and the address and
-- rate from the completed Checkout Session (decision 0019).

-- CreateEnum
CREATE TYPE "TaxMode" AS ENUM ('inclusive', 'exclusive');

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "chargedTotalCents" INTEGER,
ADD COLUMN     "discountCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "orderNumber" SERIAL NOT NULL,
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "shipCity" TEXT,
ADD COLUMN     "shipCountry" TEXT,
ADD COLUMN     "shipLine1" TEXT,
ADD COLUMN     "shipLine2" TEXT,
ADD COLUMN     "shipName" TEXT,
ADD COLUMN     "shipPostalCode" TEXT,
ADD COLUMN     "shipState" TEXT,
ADD COLUMN     "shippingCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "shippingMaxDays" INTEGER,
ADD COLUMN     "shippingMinDays" INTEGER,
ADD COLUMN     "shippingOptions" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "shippingRateId" TEXT,
ADD COLUMN     "shippingRateName" TEXT,
ADD COLUMN     "taxCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "taxMode" "TaxMode",
ADD COLUMN     "totalMismatchAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ShippingRate" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "priceCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'usd',
    "minBusinessDays" INTEGER NOT NULL,
    "maxBusinessDays" INTEGER NOT NULL,
    "countries" TEXT[],
    "freeOverCents" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShippingRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoreSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "taxMode" "TaxMode" NOT NULL DEFAULT 'exclusive',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StoreSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ShippingRate_active_idx" ON "ShippingRate"("active");

-- Orders placed before this migration are numbered from 1001 in the order they were created,
-- and the sequence carries on after the highest number.
UPDATE "Order" o SET "orderNumber" = 1000 + r.n
FROM (SELECT "id", row_number() OVER (ORDER BY "createdAt", "id") AS n FROM "Order") r
WHERE o."id" = r."id";

SELECT setval(pg_get_serial_sequence('"Order"', 'orderNumber'), GREATEST(1000, (SELECT COALESCE(MAX("orderNumber"), 0) FROM "Order")));

-- CreateIndex
CREATE UNIQUE INDEX "Order_orderNumber_key" ON "Order"("orderNumber");

-- CreateIndex
CREATE INDEX "Order_totalMismatchAt_idx" ON "Order"("totalMismatchAt");


-- Hand-written: money is never negative, estimates run forwards, one settings row.
ALTER TABLE "Order" ADD CONSTRAINT "Order_money_not_negative" CHECK ("shippingCents" >= 0 AND "taxCents" >= 0 AND "discountCents" >= 0 AND "totalCents" >= 0);
ALTER TABLE "ShippingRate" ADD CONSTRAINT "ShippingRate_price_not_negative" CHECK ("priceCents" >= 0 AND ("freeOverCents" IS NULL OR "freeOverCents" >= 0));
ALTER TABLE "ShippingRate" ADD CONSTRAINT "ShippingRate_days_in_order" CHECK ("minBusinessDays" >= 0 AND "maxBusinessDays" >= "minBusinessDays");
ALTER TABLE "StoreSettings" ADD CONSTRAINT "StoreSettings_single_row" CHECK ("id" = 1);
INSERT INTO "StoreSettings" ("id", "taxMode", "updatedAt") VALUES (1, 'exclusive', now()) ON CONFLICT ("id") DO NOTHING;

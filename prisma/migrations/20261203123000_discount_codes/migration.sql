-- Discount codes (decision 0020): the codes staff create, each order's reservation or redemption
-- of one, and the code a cart has applied. The usage limit and once-per-email rule are enforced
-- here as well as in the code that moves the counters.

-- CreateEnum
CREATE TYPE "DiscountRedemptionState" AS ENUM ('reserved', 'redeemed', 'released');

-- CreateTable
CREATE TABLE "DiscountCode" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "percentBps" INTEGER,
    "amountOffCents" INTEGER,
    "currency" TEXT NOT NULL DEFAULT 'usd',
    "minSubtotalCents" INTEGER NOT NULL DEFAULT 0,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "usageLimit" INTEGER,
    "oncePerEmail" BOOLEAN NOT NULL DEFAULT false,
    "collectionId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "usedCount" INTEGER NOT NULL DEFAULT 0,
    "reservedCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DiscountCode_pkey" PRIMARY KEY ("id"),
    -- Exactly one kind of discount, each within its range.
    CONSTRAINT "DiscountCode_one_kind" CHECK (("percentBps" IS NULL) <> ("amountOffCents" IS NULL)),
    CONSTRAINT "DiscountCode_percent_range" CHECK ("percentBps" IS NULL OR ("percentBps" >= 1 AND "percentBps" <= 10000)),
    CONSTRAINT "DiscountCode_amount_range" CHECK ("amountOffCents" IS NULL OR "amountOffCents" >= 1),
    CONSTRAINT "DiscountCode_counts" CHECK ("usedCount" >= 0 AND "reservedCount" >= 0),
    -- Reservations never take a limited code past its limit (late payments are not counted here).
    CONSTRAINT "DiscountCode_within_limit" CHECK ("usageLimit" IS NULL OR "reservedCount" + "usedCount" <= "usageLimit" OR "reservedCount" = 0)
);

-- CreateTable
CREATE TABLE "DiscountRedemption" (
    "id" TEXT NOT NULL,
    "codeId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "state" "DiscountRedemptionState" NOT NULL DEFAULT 'reserved',
    "discountCents" INTEGER NOT NULL,
    "onceEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DiscountRedemption_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DiscountRedemption_amount" CHECK ("discountCents" >= 0)
);

-- AlterTable
ALTER TABLE "Cart" ADD COLUMN "discountCodeId" TEXT;

-- CreateIndex: a code is unique whatever its case ("SPRING10" and "spring10" are one code).
CREATE UNIQUE INDEX "DiscountCode_code_lower_key" ON "DiscountCode"(lower("code"));

-- CreateIndex
CREATE INDEX "DiscountCode_active_idx" ON "DiscountCode"("active");

-- CreateIndex
CREATE UNIQUE INDEX "DiscountRedemption_orderId_key" ON "DiscountRedemption"("orderId");

-- CreateIndex: one redemption per email for once-per-email codes (onceEmail is lower-cased).
CREATE UNIQUE INDEX "DiscountRedemption_codeId_onceEmail_key" ON "DiscountRedemption"("codeId", "onceEmail");

-- CreateIndex
CREATE INDEX "DiscountRedemption_codeId_state_idx" ON "DiscountRedemption"("codeId", "state");

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_discountCodeId_fkey" FOREIGN KEY ("discountCodeId") REFERENCES "DiscountCode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
-- Restrict: deleting a collection must not quietly turn its codes into codes for every shoe.
ALTER TABLE "DiscountCode" ADD CONSTRAINT "DiscountCode_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountRedemption" ADD CONSTRAINT "DiscountRedemption_codeId_fkey" FOREIGN KEY ("codeId") REFERENCES "DiscountCode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountRedemption" ADD CONSTRAINT "DiscountRedemption_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Returns, exchanges and refunds (decision 0022): a shopper's return of some pairs of an order,
-- its lines, and the refunds sent through Stripe. The rules that keep money and stock exact are
-- here as well as in the code: one live refund per return and per cancelled order, positive
-- amounts and quantities, and store settings for the return window, shipping refunds and the
-- address returns go to.

-- CreateEnum
CREATE TYPE "ReturnStatus" AS ENUM ('REQUESTED', 'APPROVED', 'DECLINED', 'RECEIVED', 'REFUNDED', 'EXCHANGE_SHIPPED');

-- CreateEnum
CREATE TYPE "ReturnResolution" AS ENUM ('refund', 'exchange');

-- CreateEnum
CREATE TYPE "ReturnReason" AS ENUM ('too_small', 'too_big', 'too_narrow', 'too_wide', 'heel_slips', 'uncomfortable', 'not_as_pictured', 'faulty', 'changed_mind');

-- CreateEnum
CREATE TYPE "RefundStatus" AS ENUM ('pending', 'requires_action', 'succeeded', 'failed', 'canceled');

-- AlterTable
ALTER TABLE "Order" ADD COLUMN "stripeRefundedCents" INTEGER;

-- AlterTable
ALTER TABLE "StoreSettings" ADD COLUMN "returnWindowDays" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN "refundShippingOnReturn" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "returnAddress" TEXT NOT NULL DEFAULT E'Steady Stride Returns\n100 Harbor Way, Unit 4\nPortland, OR 97201\nUnited States';

ALTER TABLE "StoreSettings" ADD CONSTRAINT "StoreSettings_return_window" CHECK ("returnWindowDays" >= 0 AND "returnWindowDays" <= 365);

-- CreateTable
CREATE TABLE "ReturnRequest" (
    "id" TEXT NOT NULL,
    "returnNumber" SERIAL NOT NULL,
    "orderId" TEXT NOT NULL,
    "status" "ReturnStatus" NOT NULL DEFAULT 'REQUESTED',
    "resolution" "ReturnResolution" NOT NULL,
    "comment" TEXT,
    "declineReason" TEXT,
    "exchangeReleasedAt" TIMESTAMP(3),
    "exchangeOrderId" TEXT,
    "restockedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "declinedAt" TIMESTAMP(3),
    "receivedAt" TIMESTAMP(3),
    "refundedAt" TIMESTAMP(3),
    "exchangeShippedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReturnRequest_pkey" PRIMARY KEY ("id")
);

-- Return numbers start at 1001, so the first one doesn't look like a test.
ALTER SEQUENCE "ReturnRequest_returnNumber_seq" RESTART WITH 1001;

-- CreateTable
CREATE TABLE "ReturnLine" (
    "id" TEXT NOT NULL,
    "returnId" TEXT NOT NULL,
    "orderLineId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "reason" "ReturnReason" NOT NULL,
    "exchangeVariantId" TEXT,
    "resellableQuantity" INTEGER,

    CONSTRAINT "ReturnLine_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ReturnLine_quantity" CHECK ("quantity" > 0),
    CONSTRAINT "ReturnLine_resellable" CHECK ("resellableQuantity" IS NULL OR ("resellableQuantity" >= 0 AND "resellableQuantity" <= "quantity"))
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "returnId" TEXT,
    "kind" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "status" "RefundStatus" NOT NULL DEFAULT 'pending',
    "stripeRefundId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Refund_amount" CHECK ("amountCents" > 0),
    CONSTRAINT "Refund_kind" CHECK ("kind" IN ('return', 'cancellation')),
    CONSTRAINT "Refund_return_kind" CHECK (("kind" = 'return') = ("returnId" IS NOT NULL))
);

-- CreateIndex
CREATE UNIQUE INDEX "ReturnRequest_returnNumber_key" ON "ReturnRequest"("returnNumber");

-- CreateIndex
CREATE UNIQUE INDEX "ReturnRequest_exchangeOrderId_key" ON "ReturnRequest"("exchangeOrderId");

-- CreateIndex
CREATE INDEX "ReturnRequest_status_createdAt_idx" ON "ReturnRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ReturnRequest_orderId_idx" ON "ReturnRequest"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "ReturnLine_returnId_orderLineId_key" ON "ReturnLine"("returnId", "orderLineId");

-- CreateIndex
CREATE INDEX "ReturnLine_orderLineId_idx" ON "ReturnLine"("orderLineId");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_stripeRefundId_key" ON "Refund"("stripeRefundId");

-- CreateIndex
CREATE INDEX "Refund_orderId_idx" ON "Refund"("orderId");

-- CreateIndex
CREATE INDEX "Refund_status_createdAt_idx" ON "Refund"("status", "createdAt");

-- One live refund per return, and one per cancelled order: a double click, a retried job or a
-- race between two staff members finds the first one and refunds nothing more.
CREATE UNIQUE INDEX "Refund_one_live_per_return" ON "Refund"("returnId") WHERE "returnId" IS NOT NULL AND "status" NOT IN ('failed', 'canceled');
CREATE UNIQUE INDEX "Refund_one_live_cancellation" ON "Refund"("orderId") WHERE "kind" = 'cancellation' AND "status" NOT IN ('failed', 'canceled');

-- AddForeignKey
ALTER TABLE "ReturnRequest" ADD CONSTRAINT "ReturnRequest_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReturnRequest" ADD CONSTRAINT "ReturnRequest_exchangeOrderId_fkey" FOREIGN KEY ("exchangeOrderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReturnLine" ADD CONSTRAINT "ReturnLine_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "ReturnRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReturnLine" ADD CONSTRAINT "ReturnLine_orderLineId_fkey" FOREIGN KEY ("orderLineId") REFERENCES "OrderLine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReturnLine" ADD CONSTRAINT "ReturnLine_exchangeVariantId_fkey" FOREIGN KEY ("exchangeVariantId") REFERENCES "Variant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "ReturnRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

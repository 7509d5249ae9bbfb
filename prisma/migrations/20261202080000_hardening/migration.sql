-- AlterTable
ALTER TABLE "Order" ADD COLUMN "paidAfterReleaseAt" TIMESTAMP(3),
ADD COLUMN "clientIp" TEXT;

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN "leaseUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN "lockoutEmailedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Order_clientIp_createdAt_idx" ON "Order"("clientIp", "createdAt");

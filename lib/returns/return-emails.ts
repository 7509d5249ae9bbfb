import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatMoney } from "@/lib/money";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { RETURN_REASON_LABELS } from "./return-reasons";
import { formatReturnNumber } from "./return-status";

// The words of a return's emails: facts and next steps only. No health question is asked, and
// none is mentioned; the shopper's comment is for staff and never repeated back.

type EmailWords = { subject: string; text: string };

async function loadReturn(tx: Prisma.TransactionClient, returnId: string) {
  return tx.returnRequest.findUniqueOrThrow({
    where: { id: returnId },
    select: {
      returnNumber: true,
      resolution: true,
      declineReason: true,
      order: { select: { orderNumber: true } },
      lines: {
        orderBy: { orderLine: { sku: "asc" } },
        select: {
          quantity: true,
          reason: true,
          orderLine: { select: { productName: true, sizeLabel: true, widthCode: true } },
          exchangeVariant: { select: { sizeLabel: true, widthCode: true } },
        },
      },
    },
  });
}

type LoadedReturn = Awaited<ReturnType<typeof loadReturn>>;

function pairLines(loaded: LoadedReturn): string[] {
  return loaded.lines.map((line) => {
    const bought = `${line.quantity} × ${line.orderLine.productName}, size ${line.orderLine.sizeLabel} ${line.orderLine.widthCode}`;
    const swap = line.exchangeVariant
      ? `, exchanged for size ${line.exchangeVariant.sizeLabel} ${line.exchangeVariant.widthCode}`
      : "";
    return `- ${bought}${swap} (${RETURN_REASON_LABELS[line.reason].toLowerCase()})`;
  });
}

function heading(loaded: LoadedReturn): string {
  return `Return ${formatReturnNumber(loaded.returnNumber)} for order ${formatOrderNumber(loaded.order.orderNumber)}`;
}

export async function returnRequestedEmailText(
  tx: Prisma.TransactionClient,
  returnId: string,
  returnAddress: string,
): Promise<EmailWords> {
  const loaded = await loadReturn(tx, returnId);
  const outcome =
    loaded.resolution === "exchange"
      ? "We have set your new pairs aside, and we send them as soon as your return arrives, at no charge."
      : "We refund these pairs to your original payment once they arrive.";
  const text = [
    `${heading(loaded)}: we have your request.`,
    "",
    ...pairLines(loaded),
    "",
    outcome,
    "",
    "What to do now: pack the pairs in their box, print the return slip from the link below and put it inside, and send the parcel to:",
    "",
    returnAddress,
    "",
    "The return page shows where your return stands at any time (keep the link private).",
  ].join("\n");
  return { subject: `return ${formatReturnNumber(loaded.returnNumber)} requested`, text };
}

export async function returnApprovedEmailText(tx: Prisma.TransactionClient, returnId: string, returnAddress: string) {
  const loaded = await loadReturn(tx, returnId);
  const text = [
    `${heading(loaded)} is approved.`,
    "",
    ...pairLines(loaded),
    "",
    "If you haven't sent the pairs yet, send them with the return slip to:",
    "",
    returnAddress,
  ].join("\n");
  return { subject: `return ${formatReturnNumber(loaded.returnNumber)} approved`, text };
}

export async function returnDeclinedEmailText(tx: Prisma.TransactionClient, returnId: string) {
  const loaded = await loadReturn(tx, returnId);
  const text = [
    `We're sorry: we can't accept ${heading(loaded).replace(/^Return/, "return")}.`,
    "",
    `The reason: ${loaded.declineReason ?? "not given"}`,
    "",
    ...(loaded.resolution === "exchange" ? ["The pairs we had set aside for the exchange are released.", ""] : []),
    "Reply to this email if you have questions.",
  ].join("\n");
  return { subject: `return ${formatReturnNumber(loaded.returnNumber)} declined`, text };
}

export async function returnReceivedEmailText(tx: Prisma.TransactionClient, returnId: string) {
  const loaded = await loadReturn(tx, returnId);
  const next =
    loaded.resolution === "exchange"
      ? "Your new pairs are being packed now; you'll get an email when they ship."
      : "Your refund is being sent to your original payment now; you'll get an email when it has gone.";
  const text = [
    `Your return has arrived: ${heading(loaded).replace(/^Return/, "return")}.`,
    "",
    ...pairLines(loaded),
    "",
    next,
  ].join("\n");
  return { subject: `return ${formatReturnNumber(loaded.returnNumber)} received`, text };
}

export async function refundSentEmailText(
  tx: Prisma.TransactionClient,
  refund: { amountCents: number; currency: string; returnId: string | null; orderNumber: number },
) {
  const subjectFor = refund.returnId
    ? `refund for return ${formatReturnNumber((await loadReturn(tx, refund.returnId)).returnNumber)}`
    : `refund for order ${formatOrderNumber(refund.orderNumber)}`;
  const text = [
    `We have refunded ${formatMoney(refund.amountCents, refund.currency)} to the card or account you paid with, for order ${formatOrderNumber(refund.orderNumber)}.`,
    "",
    "Banks usually take 5 to 10 business days to show a refund on a statement.",
  ].join("\n");
  return { subject: subjectFor, text };
}

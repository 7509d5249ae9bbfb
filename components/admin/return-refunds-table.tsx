import { formatMoney } from "@/lib/money";
import type { RefundStatus } from "@/lib/generated/prisma/client";

export type RefundRow = {
  id: string;
  kind: string;
  amountCents: number;
  currency: string;
  status: RefundStatus;
  stripeRefundId: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
};

const KIND_LABELS: Record<string, string> = { return: "Return", cancellation: "Cancellation" };

/** Refunds as staff check them against Stripe: amount, status, Stripe's id, and why a call failed. */
export function ReturnRefundsTable({ refunds }: { refunds: RefundRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <thead>
          <tr className="border-b border-brand-100">
            <th scope="col" className="py-2">
              Asked (UTC)
            </th>
            <th scope="col">Kind</th>
            <th scope="col">Amount</th>
            <th scope="col">Status</th>
            <th scope="col">Stripe refund</th>
            <th scope="col">Attempts</th>
            <th scope="col">Last error</th>
          </tr>
        </thead>
        <tbody>
          {refunds.map((refund) => (
            <tr key={refund.id} className="border-b border-brand-50">
              <td className="py-2">{refund.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
              <td>{KIND_LABELS[refund.kind] ?? refund.kind}</td>
              <td>{formatMoney(refund.amountCents, refund.currency)}</td>
              <td>{refund.status.replace("_", " ")}</td>
              <td className="break-all font-mono">{refund.stripeRefundId ?? "—"}</td>
              <td>{refund.attempts}</td>
              <td className="break-words">{refund.lastError ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

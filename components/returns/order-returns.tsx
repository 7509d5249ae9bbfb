import { StoreLink } from "@/components/ui/store-link";
import { formatReturnNumber, RETURN_STATUS_LABELS } from "@/lib/returns/return-status";
import { orderReturnHref, returnStatusHref } from "@/lib/routes/storefront";
import type { ReturnStatus } from "@/lib/generated/prisma/enums";

type Props = {
  order: { id: string; accessToken: string };
  returns: {
    id: string;
    returnNumber: number;
    status: ReturnStatus;
    resolution: string;
    lines: { quantity: number }[];
  }[];
  /** Why no return can start now; null when one can. */
  closedBecause: string | null;
  /** Show the reason only once the order has shipped (before that, "returns open once shipped" is noise). */
  shipped: boolean;
};

const pairs = (n: number) => `${n} ${n === 1 ? "pair" : "pairs"}`;

/** The order page's returns: each return's state, and the way to start one while the window is open. */
export function OrderReturns({ order, returns, closedBecause, shipped }: Props) {
  if (!shipped && returns.length === 0) return null;
  return (
    <section aria-labelledby="order-returns" className="space-y-2">
      <h2 id="order-returns" className="text-xl font-semibold">
        Returns and exchanges
      </h2>
      {returns.length > 0 ? (
        <ul className="space-y-1">
          {returns.map((entry) => (
            <li key={entry.id}>
              <StoreLink href={returnStatusHref(order, entry.id)}>
                Return {formatReturnNumber(entry.returnNumber)}
              </StoreLink>
              {": "}
              {pairs(entry.lines.reduce((sum, line) => sum + line.quantity, 0))},{" "}
              {entry.resolution === "exchange" ? "exchange" : "refund"}
              {", "}
              <strong>{RETURN_STATUS_LABELS[entry.status].toLowerCase()}</strong>
            </li>
          ))}
        </ul>
      ) : null}
      {closedBecause ? (
        shipped ? (
          <p className="text-muted">{closedBecause}</p>
        ) : null
      ) : (
        <p>
          <StoreLink
            href={orderReturnHref(order)}
            className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            Return or exchange pairs
          </StoreLink>
        </p>
      )}
    </section>
  );
}

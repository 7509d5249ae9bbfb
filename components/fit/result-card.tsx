import { StoreLink } from "@/components/ui/store-link";
import type { ReactNode } from "react";
import type { FitItem } from "@/lib/fit/types";
import type { VariantNow } from "@/lib/quiz/get-saved-result";
import { formatMoney } from "@/lib/money";
import { productHref } from "@/lib/routes/storefront";

type Props = { item: FitItem; now: VariantNow | undefined; label?: string; action?: ReactNode };

/** One recommended shoe: the exact size and width, the match score, reasons and notes. */
export function ResultCard({ item, now, label, action }: Props) {
  const change = describeChange(item, now);
  return (
    <article className="rounded-lg border border-brand-100 bg-white p-5 space-y-3">
      {label ? (
        <p className="inline-block rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-900">{label}</p>
      ) : null}
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-xl font-semibold">
          <StoreLink href={productHref(item.product.slug)} className="hover:underline">
            {item.product.name}
          </StoreLink>
          <span className="block text-sm font-normal text-muted">{item.product.brand}</span>
        </h3>
        <p className="text-lg font-semibold">{formatMoney(item.product.priceCents, item.product.currency)}</p>
      </div>
      <p>
        Your size: <strong>US {item.variant.size}</strong>, width <strong>{item.variant.width}</strong>
        <span className="text-sm text-muted"> (SKU {item.variant.sku})</span>
      </p>
      <p className="font-medium">Match to your answers: {item.score}%</p>
      {change ? (
        <p role="note" className="rounded bg-amber-50 px-3 py-1 text-sm font-medium text-amber-900">
          {change}
        </p>
      ) : null}
      <ul className="list-disc pl-5 space-y-1">
        {item.reasons.map((reason) => (
          <li key={reason.id}>{reason.text}</li>
        ))}
      </ul>
      {item.notes.length > 0 ? (
        <ul className="space-y-1 text-sm text-muted">
          {item.notes.map((note) => (
            <li key={note.id}>Note: {note.text}</li>
          ))}
        </ul>
      ) : null}
      {action && now && now.stock > 0 ? action : null}
    </article>
  );
}

/** A share link opened later says what moved since the result was made. */
function describeChange(item: FitItem, now: VariantNow | undefined): string | null {
  if (!now) return "This size is no longer listed.";
  if (now.stock === 0) return `Now out of stock in US ${item.variant.size} ${item.variant.width}.`;
  if (now.priceCents !== item.product.priceCents)
    return `Price is now ${formatMoney(now.priceCents, item.product.currency)}.`;
  if (now.stock <= 3) return `Only ${now.stock} left in this size.`;
  return null;
}

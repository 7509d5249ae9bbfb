"use client";

import { useActionState, useSyncExternalStore } from "react";
import { removeCartLine, updateCartLine } from "@/lib/cart/cart-actions";
import { MAX_LINE_QUANTITY } from "@/lib/cart/schema";

type Props = { sku: string; quantity: number; stock: number; label: string };

const subscribeToNothing = () => () => {};

/**
 * Quantity (1 to 10, never more than is on the shelf) and remove, for one cart line. With
 * JavaScript a new quantity applies as soon as it is chosen, so it can't be left behind at
 * checkout (Next runs a page's Server Actions one after another: a checkout started meanwhile
 * waits for it). Without JavaScript the Update button sends it.
 */
export function CartLineControls({ sku, quantity, stock, label }: Props) {
  const scripted = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const [updateResult, update, updating] = useActionState(updateCartLine, null);
  const [removeResult, remove, removing] = useActionState(removeCartLine, null);
  const most = Math.max(1, Math.min(MAX_LINE_QUANTITY, Math.max(stock, quantity)));
  const options = Array.from({ length: most }, (_, index) => index + 1);
  const result = removeResult ?? updateResult;
  const id = `qty-${sku}`;

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-end gap-2">
        <form action={update} className="flex items-end gap-2">
          <input type="hidden" name="sku" value={sku} />
          <div>
            <label htmlFor={id} className="block text-sm font-semibold">
              Quantity<span className="sr-only"> of {label}</span>
            </label>
            <select
              // A new key when the cart's quantity changes: the picker always shows what the cart
              // holds, not what it held when the page was first drawn.
              key={quantity}
              id={id}
              name="quantity"
              defaultValue={String(quantity)}
              onChange={(event) => event.currentTarget.form?.requestSubmit()}
              className="rounded border border-gray-400 px-2 py-1"
            >
              {options.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            disabled={updating}
            hidden={scripted && !updating}
            className="rounded border border-brand-700 px-3 py-1 text-brand-700 hover:bg-brand-50 focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700"
          >
            {updating ? "Updating…" : "Update"}
            <span className="sr-only"> quantity of {label}</span>
          </button>
        </form>
        <form action={remove}>
          <input type="hidden" name="sku" value={sku} />
          <button
            type="submit"
            disabled={removing}
            className="rounded px-3 py-1 text-red-800 underline hover:bg-red-50 focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700"
          >
            {removing ? "Removing…" : "Remove"}
            <span className="sr-only"> {label}</span>
          </button>
        </form>
      </div>
      <p aria-live="polite" role="status" className={`text-sm ${result && !result.ok ? "text-red-800" : "text-muted"}`}>
        {result?.message}
      </p>
    </div>
  );
}

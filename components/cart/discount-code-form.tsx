"use client";

import { useActionState } from "react";
import { applyDiscountAction, removeDiscountAction } from "@/lib/discounts/discount-actions";

type Props = {
  /** The code on the cart, as stored; null when none is applied. */
  appliedCode: string | null;
  /** Why the applied code doesn't apply now (expired, below the minimum...); null when it does. */
  problem: string | null;
};

/** The cart's discount code field and Remove button: plain forms, so they work without JavaScript too. */
export function DiscountCodeForm({ appliedCode, problem }: Props) {
  const [applyResult, apply, applying] = useActionState(applyDiscountAction, null);
  const [removeResult, remove, removing] = useActionState(removeDiscountAction, null);
  const result = removeResult ?? applyResult;
  const failed = result !== null && !result.ok;
  return (
    <div className="space-y-2">
      {appliedCode ? (
        <form action={remove} className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            Code <strong>{appliedCode}</strong>
            {problem ? <span className="font-semibold text-red-800">: {problem}</span> : " applied."}
          </span>
          <button
            type="submit"
            disabled={removing}
            className="rounded px-2 py-1 text-red-800 underline hover:bg-red-50 focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700"
          >
            {removing ? "Removing…" : "Remove"}
            <span className="sr-only"> code {appliedCode}</span>
          </button>
        </form>
      ) : (
        <form action={apply} className="flex items-end gap-2">
          <div className="grow">
            <label htmlFor="discount-code" className="block text-sm font-semibold">
              Discount code
            </label>
            <input
              id="discount-code"
              name="code"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={32}
              aria-invalid={failed || undefined}
              aria-describedby="discount-code-status"
              className="w-full rounded border border-gray-400 px-2 py-1 uppercase"
            />
          </div>
          <button
            type="submit"
            disabled={applying}
            className="rounded border border-brand-700 px-3 py-1 text-brand-700 hover:bg-brand-50 focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700"
          >
            {applying ? "Applying…" : "Apply"}
          </button>
        </form>
      )}
      <p
        id="discount-code-status"
        aria-live="polite"
        role="status"
        className={`text-sm ${failed ? "font-semibold text-red-800" : "text-muted"}`}
      >
        {result?.message}
      </p>
    </div>
  );
}

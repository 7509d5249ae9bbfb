"use client";

import { StoreLink } from "@/components/ui/store-link";
import { useState, useTransition } from "react";
import { addToCart } from "@/lib/cart/cart-actions";
import type { ActionResult } from "@/lib/cart/action-result";
import { STOREFRONT } from "@/lib/routes/storefront";

type Props = { sku: string; label?: string };

/**
 * Adds one pair of a SKU to the cart through a Server Action and says so in a live region (which
 * is always in the page, so screen readers announce the change). Used on product pages and quiz results.
 */
export function AddToCartButton({ sku, label = "Add to cart" }: Props) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);

  function add() {
    startTransition(async () => {
      setResult(await addToCart(sku, 1));
    });
  }

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={add}
        disabled={pending}
        className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-70"
      >
        {pending ? "Adding…" : label}
      </button>
      <p aria-live="polite" role="status" className={`text-sm ${result && !result.ok ? "text-red-800" : ""}`}>
        {result?.message}
        {result?.ok ? (
          <>
            {" "}
            <StoreLink href={STOREFRONT.cart} className="text-brand-700 underline">
              View cart
            </StoreLink>
          </>
        ) : null}
      </p>
    </div>
  );
}

"use client";

import { useActionState, useEffect } from "react";
import { checkoutAction } from "@/lib/checkout/checkout-actions";

/**
 * Starts checkout, then sends the browser to the payment page (without JavaScript, the returned
 * page shows a link instead). While the request runs the button is disabled, so a double click
 * sends one request, and the server would merge a second one into the same order anyway.
 */
export function CheckoutButton({ disabled }: { disabled?: boolean }) {
  const [result, start, pending] = useActionState(checkoutAction, null);
  const paymentUrl = result?.ok ? result.url : undefined;
  useEffect(() => {
    if (paymentUrl) window.location.assign(paymentUrl);
  }, [paymentUrl]);

  return (
    <form action={start} className="space-y-2">
      <button
        type="submit"
        disabled={pending || disabled || Boolean(paymentUrl)}
        className="w-full rounded-md bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-60"
      >
        {pending ? "Starting secure checkout…" : "Check out"}
      </button>
      <p
        aria-live="assertive"
        role="alert"
        className={`text-sm font-semibold ${result && !result.ok ? "text-red-800" : ""}`}
      >
        {result?.message}
        {paymentUrl ? (
          <>
            {" "}
            <a href={paymentUrl} className="text-brand-700 underline">
              Continue to payment
            </a>
          </>
        ) : null}
      </p>
    </form>
  );
}

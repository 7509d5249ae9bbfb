import { isPaymentsTestMode } from "@/lib/stripe/config";

/** Shown on every page while payments can't take real money (the local Stripe stand-in or a test key). */
export function TestModeBanner() {
  if (!isPaymentsTestMode()) return null;
  return (
    <p role="note" className="bg-amber-100 px-4 py-1.5 text-center text-sm font-semibold text-amber-950">
      Test mode: no real payment is taken, and no order will be shipped.
    </p>
  );
}

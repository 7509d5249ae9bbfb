import type { Metadata } from "next";
import { StoreLink } from "@/components/ui/store-link";
import { STOREFRONT } from "@/lib/routes/storefront";

export const metadata: Metadata = { title: "Checkout cancelled", robots: { index: false } };

/**
 * Where Stripe sends a shopper who leaves its payment page. Nothing changes here (a page view
 * mustn't have side effects): the pairs stay held until the session expires (30 minutes after
 * checkout started), when Stripe's checkout.session.expired webhook returns them to stock. If the
 * shopper edits the cart and checks out again, the earlier session is expired right away
 * (lib/checkout/expire-superseded-checkouts.ts); checking out the unchanged cart reopens the same session.
 */
export default function CheckoutCancelPage() {
  return (
    <section className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">Checkout cancelled</h1>
      <p>Nothing was charged, and your cart is just as you left it.</p>
      <p className="text-muted">We keep your pairs aside for up to 30 minutes in case you come back to pay.</p>
      <p>
        <StoreLink
          href={STOREFRONT.cart}
          className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Back to your cart
        </StoreLink>
      </p>
    </section>
  );
}

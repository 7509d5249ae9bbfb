import type { Metadata } from "next";
import { StoreLink } from "@/components/ui/store-link";
import { CartLineControls } from "@/components/cart/cart-line-controls";
import { CheckoutButton } from "@/components/cart/checkout-button";
import { CartDiscountSummary } from "@/components/cart/cart-discount-summary";
import { readCartIdFromCookies } from "@/lib/cart/cookie-cart";
import { getCart, type CartLineView } from "@/lib/cart/get-cart";
import { formatMoney } from "@/lib/money";
import { productHref, STOREFRONT } from "@/lib/routes/storefront";
import { isPaymentsTestMode } from "@/lib/stripe/config";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your cart", robots: { index: false } };

function stockNote(line: CartLineView): { text: string; blocking: boolean } {
  if (!line.purchasable) return { text: "No longer sold: remove it to check out.", blocking: true };
  if (line.stock === 0) return { text: "Sold out in this size: remove it to check out.", blocking: true };
  if (line.stock < line.quantity)
    return { text: `Only ${line.stock} left: lower the quantity to check out.`, blocking: true };
  if (line.stock <= 3) return { text: `Only ${line.stock} left in this size.`, blocking: false };
  return { text: "In stock.", blocking: false };
}

export default async function CartPage() {
  const cart = await getCart(await readCartIdFromCookies());

  if (cart.lines.length === 0) {
    return (
      <section className="space-y-4">
        <h1 className="text-3xl font-bold">Your cart</h1>
        <p>Your cart is empty.</p>
        <p className="flex flex-wrap gap-4">
          <StoreLink href={STOREFRONT.shoes} className="text-brand-700 underline">
            Browse shoes
          </StoreLink>
          <StoreLink href={STOREFRONT.fit} className="text-brand-700 underline">
            Find my fit
          </StoreLink>
        </p>
      </section>
    );
  }

  const notes = cart.lines.map(stockNote);
  const blocked = notes.some((note) => note.blocking);
  const currency = cart.currency ?? "usd";

  return (
    <section className="space-y-6">
      <h1 className="text-3xl font-bold">Your cart</h1>
      <ul className="divide-y divide-brand-100 border-y border-brand-100">
        {cart.lines.map((line, index) => {
          const note = notes[index] as { text: string; blocking: boolean };
          const label = `${line.productName}, size ${line.sizeLabel} ${line.widthCode}`;
          return (
            <li key={line.sku} className="grid gap-3 py-4 sm:grid-cols-[1fr_auto]">
              <div className="space-y-1">
                <h2 className="text-lg font-semibold">
                  <StoreLink href={productHref(line.productSlug)} className="hover:underline">
                    {line.productName}
                  </StoreLink>
                </h2>
                <p className="text-sm text-muted">
                  {line.brandName} · {line.fitRange === "men" ? "Men's" : "Women's"} size {line.sizeLabel} · width{" "}
                  {line.widthCode}
                </p>
                <p>{formatMoney(line.unitPriceCents, line.currency)} each</p>
                <p className={`text-sm ${note.blocking ? "font-semibold text-red-800" : "text-muted"}`}>{note.text}</p>
                <CartLineControls sku={line.sku} quantity={line.quantity} stock={line.stock} label={label} />
              </div>
              <p className="text-lg font-semibold sm:text-right">{formatMoney(line.lineTotalCents, line.currency)}</p>
            </li>
          );
        })}
      </ul>
      <div className="ml-auto max-w-sm space-y-3">
        <p className="flex justify-between text-lg">
          <span>Subtotal ({cart.itemCount === 1 ? "1 pair" : `${cart.itemCount} pairs`})</span>
          <span className="font-semibold">{formatMoney(cart.subtotalCents, currency)}</span>
        </p>
        <CartDiscountSummary cartId={cart.id} subtotalCents={cart.subtotalCents} currency={currency} />
        {blocked ? (
          <p className="text-sm font-semibold text-red-800">Fix the items marked above to check out.</p>
        ) : null}
        <CheckoutButton disabled={blocked} />
        <p className="text-sm text-muted">
          You pay on Stripe&apos;s secure page. Your pairs are held for you for 30 minutes while you pay.
          {isPaymentsTestMode() ? " Test mode: no real payment is taken." : ""}
        </p>
        <p className="text-sm text-muted">
          <StoreLink href={STOREFRONT.shippingPolicy} className="underline">
            Shipping
          </StoreLink>{" "}
          and{" "}
          <StoreLink href={STOREFRONT.returnsPolicy} className="underline">
            returns & exchanges
          </StoreLink>
        </p>
      </div>
    </section>
  );
}

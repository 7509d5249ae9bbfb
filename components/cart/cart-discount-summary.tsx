import { DiscountCodeForm } from "@/components/cart/discount-code-form";
import { getCartDiscount } from "@/lib/discounts/cart-discount";
import { formatMoney } from "@/lib/money";

type Props = { cartId: string | null; subtotalCents: number; currency: string };

/**
 * Under the cart's subtotal: the discount code form, and with a code that applies, the discount
 * and the total before shipping and tax, as checkout will charge them (decision 0020).
 */
export async function CartDiscountSummary({ cartId, subtotalCents, currency }: Props) {
  const discount = await getCartDiscount(cartId);
  const off = discount?.quote.ok ? discount.quote.discountCents : 0;
  return (
    <div className="space-y-3">
      {off > 0 ? (
        <>
          <p className="flex justify-between">
            <span>Discount ({discount?.code.code})</span>
            <span className="font-semibold">−{formatMoney(off, currency)}</span>
          </p>
          <p className="flex justify-between text-lg">
            <span>Total before shipping and tax</span>
            <span className="font-semibold">{formatMoney(subtotalCents - off, currency)}</span>
          </p>
        </>
      ) : null}
      <DiscountCodeForm
        appliedCode={discount?.code.code ?? null}
        problem={discount && !discount.quote.ok ? discount.quote.message : null}
      />
    </div>
  );
}

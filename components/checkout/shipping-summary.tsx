import { addressLines, shippingMethodText, type ShippingAddress } from "@/lib/orders/order-breakdown";

type Props = {
  order: ShippingAddress & {
    shippingRateName?: string | null;
    shippingMinDays?: number | null;
    shippingMaxDays?: number | null;
    phone?: string | null;
  };
  /** Staff see the phone; the shopper's own pages needn't repeat it. */
  showPhone?: boolean;
};

/** Where the order goes and how: the address and rate copied from the completed Checkout Session. */
export function ShippingSummary({ order, showPhone = false }: Props) {
  const address = addressLines(order);
  const method = shippingMethodText(order);
  if (address.length === 0 && !method) return null;
  return (
    <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {method ? (
        <>
          <dt className="font-semibold">Shipping method</dt>
          <dd>{method}</dd>
        </>
      ) : null}
      {address.length > 0 ? (
        <>
          <dt className="font-semibold">Shipping to</dt>
          <dd>
            <address className="not-italic">
              {address.map((line, index) => (
                <span key={index} className="block">
                  {line}
                </span>
              ))}
            </address>
          </dd>
        </>
      ) : null}
      {showPhone && order.phone ? (
        <>
          <dt className="font-semibold">Phone</dt>
          <dd>{order.phone}</dd>
        </>
      ) : null}
    </dl>
  );
}

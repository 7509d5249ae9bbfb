import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReturnForm } from "@/components/returns/return-form";
import { StoreLink } from "@/components/ui/store-link";
import { getReturnOptions } from "@/lib/returns/get-return-options";
import { formatOrderNumber } from "@/lib/orders/order-number";
import { orderHref, STOREFRONT } from "@/lib/routes/storefront";

export const dynamic = "force-dynamic";
// The order's token is in the URL: keep it out of search engines and out of Referer headers.
export const metadata: Metadata = {
  title: "Return or exchange",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** Starting a return or exchange: only with the order's token (404 otherwise, as the order page). */
export default async function OrderReturnPage({ params, searchParams }: Props) {
  const token = (await searchParams).token;
  const secret = typeof token === "string" ? token : null;
  const options = await getReturnOptions((await params).id, secret);
  if (!options || !secret) notFound();
  const { order } = options;
  return (
    <section className="max-w-2xl space-y-5">
      <h1 className="text-3xl font-bold">Return or exchange</h1>
      <p>
        Order <StoreLink href={orderHref(order)}>{formatOrderNumber(order.orderNumber)}</StoreLink>
        {options.windowEndsAt && !options.closedBecause
          ? `. You can start a return until ${dateFormat.format(options.windowEndsAt)}.`
          : "."}
      </p>
      {options.closedBecause ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-4">
          {options.closedBecause} <StoreLink href={STOREFRONT.returnsPolicy}>Read the returns policy</StoreLink>.
        </p>
      ) : (
        <>
          <p className="text-muted">
            Most returns are about fit. If a pair felt too tight, too loose or slipped at the heel, another size or
            width of the same shoe often fits better; we hold it for you now and send it when your return arrives.
          </p>
          <ReturnForm orderId={order.id} token={secret} lines={options.lines} />
        </>
      )}
    </section>
  );
}

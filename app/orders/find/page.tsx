import type { Metadata } from "next";
import { StoreLink } from "@/components/ui/store-link";
import { FindOrderForm } from "@/components/orders/find-order-form";
import { FIND_ORDER_ANSWER } from "@/lib/order-lookup/find-order-schema";
import { RATE_LIMITED_MESSAGE } from "@/lib/rate-limit/rate-limited-reply";
import { STOREFRONT } from "@/lib/routes/storefront";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Find your order",
  description: "Get the link to your order emailed to you again.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Finding an order without the emailed link: the link is emailed again, never shown here. */
export default async function FindOrderPage({ searchParams }: Props) {
  const params = await searchParams;
  return (
    <section className="max-w-lg space-y-5">
      <h1 className="text-3xl font-bold">Find your order</h1>
      <p>
        Enter the email address you ordered with and your order number. We&apos;ll email the link to your order to that
        address.
      </p>
      <FindOrderForm initialMessage={messageFor(params)} initialOk={params.sent === "1"} />
      <p className="text-sm text-muted">
        No email after a few minutes?{" "}
        <StoreLink href={STOREFRONT.contactPolicy} className="underline">
          Contact us
        </StoreLink>
        .
      </p>
    </section>
  );
}

/** Messages for the no-JavaScript path, which comes back here through a redirect. */
function messageFor(params: Record<string, string | string[] | undefined>): string {
  if (params.sent === "1") return FIND_ORDER_ANSWER;
  if (params.error === "invalid")
    return "Enter your email address and the order number from your confirmation, like SS-1042.";
  if (params.error === "limited") return RATE_LIMITED_MESSAGE;
  return "";
}

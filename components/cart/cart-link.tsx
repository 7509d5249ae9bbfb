import { StoreLink } from "@/components/ui/store-link";
import { readCartIdFromCookies } from "@/lib/cart/cookie-cart";
import { getCartItemCount } from "@/lib/cart/get-cart";
import { STOREFRONT } from "@/lib/routes/storefront";

/** Header mini-cart: the number of pairs in the guest's cart, read from the database. */
export async function CartLink() {
  const count = await getCartItemCount(await readCartIdFromCookies());
  return (
    <StoreLink
      href={STOREFRONT.cart}
      className="inline-flex items-center gap-1 text-ink hover:text-brand-700 underline-offset-4 hover:underline"
    >
      Cart
      <span className="rounded-full bg-brand-100 px-2 text-sm font-semibold" aria-hidden="true">
        {count}
      </span>
      <span className="sr-only">, {count === 1 ? "1 pair" : `${count} pairs`}</span>
    </StoreLink>
  );
}

export function CartLinkFallback() {
  return (
    <StoreLink href={STOREFRONT.cart} className="text-ink hover:text-brand-700 underline-offset-4 hover:underline">
      Cart
    </StoreLink>
  );
}

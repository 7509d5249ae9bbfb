import Link from "next/link";
import { readCartIdFromCookies } from "@/lib/cart/cookie-cart";
import { getCartItemCount } from "@/lib/cart/get-cart";

/** Header mini-cart: the number of pairs in the guest's cart, read from the database. */
export async function CartLink() {
  const count = await getCartItemCount(await readCartIdFromCookies());
  return (
    <Link href="/cart" className="inline-flex items-center gap-1 text-ink hover:text-brand-700 underline-offset-4 hover:underline">
      Cart
      <span className="rounded-full bg-brand-100 px-2 text-sm font-semibold" aria-hidden="true">
        {count}
      </span>
      <span className="sr-only">, {count === 1 ? "1 pair" : `${count} pairs`}</span>
    </Link>
  );
}

export function CartLinkFallback() {
  return (
    <Link href="/cart" className="text-ink hover:text-brand-700 underline-offset-4 hover:underline">
      Cart
    </Link>
  );
}

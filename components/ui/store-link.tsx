import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link with prefetching off: a click still navigates in place without a full page load, but
 * nothing is fetched for links merely in view or under the pointer. Every store page renders per
 * request, so a prefetch is a server render that gains the shopper almost nothing and costs
 * their phone main-thread time and data (docs/decisions/0011-no-link-prefetch.md).
 */
export function StoreLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}

import type { Route } from "next";
import Link from "next/link";
import type { ComponentProps } from "react";
import type { UrlObject } from "node:url";

/**
 * Link's own props, with href spelt out: with typedRoutes Link is generic over the href, and
 * ComponentProps<typeof Link> would fix that to `unknown` and refuse every path.
 */
type StoreLinkProps<T extends string> = Omit<ComponentProps<typeof Link>, "href"> & { href: Route<T> | UrlObject };

/**
 * next/link with prefetching off: a click still navigates in place without a full page load, but
 * nothing is fetched for links merely in view or under the pointer. Every store page renders per
 * request, so a prefetch is a server render that gains the shopper almost nothing and costs
 * their phone main-thread time and data (docs/decisions/0011-no-link-prefetch.md).
 */
export function StoreLink<T extends string>(props: StoreLinkProps<T>) {
  return <Link prefetch={false} {...props} />;
}

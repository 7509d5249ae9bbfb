"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Re-renders the server page once after it loads. The thank-you page uses it because the header's
 * cart count is rendered beside the page, in the layout, and can be counted just before the
 * payment that empties the cart is recorded; the refresh shows the emptied cart.
 */
export function RefreshOnce() {
  const router = useRouter();
  useEffect(() => {
    router.refresh();
  }, [router]);
  return null;
}

"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

/** Seconds between checks, and how many: about two minutes, then the shopper can reload by hand. */
const INTERVAL_S = 4;
const MAX_CHECKS = 30;

/** Re-renders the (server) page every few seconds until the payment confirmation arrives. */
export function RefreshWhilePending() {
  const router = useRouter();
  const [checks, setChecks] = useState(0);
  useEffect(() => {
    if (checks >= MAX_CHECKS) return;
    const timer = setTimeout(() => {
      router.refresh();
      setChecks((count) => count + 1);
    }, INTERVAL_S * 1000);
    return () => clearTimeout(timer);
  }, [checks, router]);
  return (
    <p className="text-sm text-muted">
      {checks < MAX_CHECKS
        ? "This page updates by itself; there's no need to pay again."
        : "Still waiting. Reload this page in a minute, or check your email for the confirmation."}
    </p>
  );
}

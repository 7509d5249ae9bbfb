"use client";

import { useEffect } from "react";

export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    // The server already logged the details; the digest links this view to that log line.
  }, [error]);
  return (
    <div role="alert" className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">Something went wrong on our side</h1>
      <p>Please try again in a moment. If it keeps happening, the store may be briefly unavailable.</p>
      {error.digest ? <p className="text-sm text-muted">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        Try again
      </button>
    </div>
  );
}

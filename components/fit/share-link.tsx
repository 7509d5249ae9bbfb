"use client";

import { useEffect, useState } from "react";

/** The share URL with a copy button; the link holds no health answers. */
export function ShareLink({ path }: { path: string }) {
  const [copied, setCopied] = useState(false);
  // The origin is only known in the browser; render the path first to match the server HTML.
  const [url, setUrl] = useState(path);
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setUrl(`${window.location.origin}${path}`), [path]);
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span>Share or save this result:</span>
      <a href={path} className="underline break-all">
        {url}
      </a>
      <button
        type="button"
        className="rounded border border-brand-700 px-2 py-0.5 text-brand-700"
        onClick={() =>
          navigator.clipboard?.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        Copy link
      </button>
      <span aria-live="polite">{copied ? "Copied" : ""}</span>
    </div>
  );
}

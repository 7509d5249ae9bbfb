"use client";

import { SECONDARY_BUTTON_CLASS } from "./field";

/** Opens the browser's print dialog; hidden on the printed page itself. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={`${SECONDARY_BUTTON_CLASS} print-hidden`}>
      {label}
    </button>
  );
}

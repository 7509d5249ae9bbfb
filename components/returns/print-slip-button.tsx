"use client";

/** Opens the browser's print dialog for the return slip; hidden on the printed page itself. */
export function PrintSlipButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="print-hidden rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700"
    >
      Print the return slip
    </button>
  );
}

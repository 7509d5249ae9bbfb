import type { ActionState } from "@/lib/admin/action-state";

/**
 * The result of the last save, announced to screen readers (aria-live) and shown in colour and
 * words. Rendered even when empty, so the live region exists before the first announcement.
 */
export function StatusMessage({ state }: { state: Pick<ActionState, "ok" | "message"> | null }) {
  const tone = !state?.message
    ? ""
    : state.ok
      ? "border-brand-600 bg-brand-50 text-brand-800"
      : "border-red-700 bg-red-50 text-red-900";
  return (
    <div
      role="status"
      aria-live="polite"
      className={state?.message ? `rounded border px-3 py-2 font-semibold ${tone}` : ""}
    >
      {state?.message ?? ""}
    </div>
  );
}

"use client";

import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionState } from "@/lib/admin/action-state";
import { StatusMessage } from "./status-message";

type Props = {
  label: string;
  pendingLabel: string;
  run: () => Promise<ActionState>;
  /** Asked with window.confirm before running (for deletes and cancellations). */
  confirm?: string;
  className: string;
  /** Where to go after success; otherwise the page refreshes in place. */
  then?: Route;
};

/** A button that runs one Server Action and announces its result. */
export function ActionButton({ label, pendingLabel, run, confirm, className, then }: Props) {
  const router = useRouter();
  const [state, setState] = useState<ActionState | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        className={className}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          startTransition(async () => {
            const result = await run();
            setState(result);
            if (result.ok && then) router.push(then);
            else if (result.ok) router.refresh();
          });
        }}
      >
        {pending ? pendingLabel : label}
      </button>
      <StatusMessage state={state} />
    </div>
  );
}

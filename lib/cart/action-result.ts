import { ApiError } from "@/lib/http/api-error";

/** What cart and checkout Server Actions return to useActionState (serializable). */
export type ActionResult = { ok: true; message: string; count?: number; url?: string } | { ok: false; message: string; fields?: Record<string, string> };

/** Client mistakes become their message; anything else is logged and gets a generic one. */
export function actionError(error: unknown, fallback: string): ActionResult {
  if (error instanceof ApiError) {
    const fields = error.fields ?? {};
    return { ok: false, message: Object.values(fields).join(" ") || fallback, fields };
  }
  console.error(fallback, error);
  return { ok: false, message: "Something went wrong on our side. Please try again." };
}

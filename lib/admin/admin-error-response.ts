import "server-only";
import { handleApiError, jsonError } from "@/lib/http/api-error";
import { AdminError } from "./admin-error";

/** handleApiError plus AdminError (a message staff can act on, with its status). */
export function adminErrorResponse(error: unknown) {
  if (error instanceof AdminError) return jsonError(error.status, error.message, error.fields);
  return handleApiError(error);
}

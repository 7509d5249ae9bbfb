import { StoreError } from "@/lib/errors/store-error";

/**
 * A StoreError for staff: its sentence is shown as it is, in the admin's forms and as the `error`
 * of an /api/admin reply (the admin's upload and import forms show that word for word), so the
 * sentence is its code too.
 */
export class AdminError extends StoreError {
  constructor(message: string, fields?: Record<string, string>, status = 400) {
    super(status, message, fields, message);
  }
}

import "@/lib/validation/browser-zod-config";
import { z } from "zod";

/** A staff note on an order: free text, shown only in the admin. */
export const orderNoteSchema = z
  .object({
    body: z.string().trim().min(1, "Write the note first").max(2000, "Keep a note under 2,000 characters"),
  })
  .strict();

export type OrderNoteInput = z.input<typeof orderNoteSchema>;

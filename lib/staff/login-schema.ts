import "@/lib/validation/browser-zod-config";
import { z } from "zod";

// Shared by the sign-in form (react-hook-form) and POST /api/admin/login. Password length is
// only capped here (argon2 work on a megabyte string is a cheap DoS); strength rules apply
// when a password is set, not when one is tried.
export const loginSchema = z
  .object({
    email: z.string().trim().toLowerCase().max(254, "That email is too long").pipe(z.email("Enter your email address")),
    password: z.string().min(1, "Enter your password").max(256, "That password is too long"),
  })
  .strict();

export type LoginInput = z.input<typeof loginSchema>;

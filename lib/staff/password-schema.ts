import "@/lib/validation/browser-zod-config";
import { z } from "zod";

// Rules for a new password (ASVS 6.2.1, 6.2.9): length only, no composition rules.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters; a few random words work well`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`);

export const staffEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email is too long")
  .pipe(z.email("Enter an email address"));

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(PASSWORD_MAX),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .strict()
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords don't match",
  });

export const createStaffSchema = z
  .object({
    email: staffEmailSchema,
    role: z.enum(["owner", "staff"], { message: "Choose a role" }),
    password: newPasswordSchema,
  })
  .strict();

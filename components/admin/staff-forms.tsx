"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { changePasswordAction, createStaffAction, setStaffDisabledAction } from "@/lib/admin/staff/staff-actions";
import { changePasswordSchema, createStaffSchema, PASSWORD_MIN } from "@/lib/staff/password-schema";
import { ActionButton } from "./action-button";
import { BUTTON_CLASS, DANGER_BUTTON_CLASS, Field, fieldAria, INPUT_CLASS, SECONDARY_BUTTON_CLASS } from "./field";
import { StatusMessage } from "./status-message";
import { useAdminFormSubmit } from "./use-admin-form-submit";

type NewStaff = z.input<typeof createStaffSchema>;
type PasswordChange = z.input<typeof changePasswordSchema>;
const PASSWORD_HELP = `At least ${PASSWORD_MIN} characters. A few unrelated words are strong and easy to type.`;

/** Owners add an account with a first password they hand over in person. */
export function CreateStaffForm() {
  const { register, handleSubmit, formState, setError, reset } = useForm<NewStaff, unknown, NewStaff>({
    resolver: zodResolver(createStaffSchema, undefined, { raw: true }),
    defaultValues: { email: "", role: "staff", password: "" },
  });
  const { errors } = formState;
  const { state, pending, submit } = useAdminFormSubmit({
    save: createStaffAction,
    setError,
    // Cleared for the next account; the refresh lists the new one.
    onSaved: (_result, router) => {
      reset();
      router.refresh();
    },
  });
  return (
    <form noValidate className="grid gap-4 sm:grid-cols-3 items-start" onSubmit={handleSubmit(submit)}>
      <Field id="new-email" label="Email" error={errors.email?.message}>
        <input
          {...register("email")}
          {...fieldAria("new-email", errors.email?.message)}
          type="email"
          autoComplete="off"
          className={INPUT_CLASS}
        />
      </Field>
      <Field
        id="new-role"
        label="Role"
        help="Owners also manage staff, see the audit log, delete products and import CSV."
        error={errors.role?.message}
      >
        <select {...register("role")} {...fieldAria("new-role", errors.role?.message, "help")} className={INPUT_CLASS}>
          <option value="staff">Staff</option>
          <option value="owner">Owner</option>
        </select>
      </Field>
      <Field id="new-password" label="First password" help={PASSWORD_HELP} error={errors.password?.message}>
        <input
          {...register("password")}
          {...fieldAria("new-password", errors.password?.message, PASSWORD_HELP)}
          type="password"
          autoComplete="new-password"
          className={INPUT_CLASS}
        />
      </Field>
      <div className="sm:col-span-3 space-y-2">
        <StatusMessage state={state} />
        <button type="submit" disabled={pending} className={BUTTON_CLASS}>
          {pending ? "Adding…" : "Add account"}
        </button>
      </div>
    </form>
  );
}

export function DisableStaffButton({ userId, disabled }: { userId: string; disabled: boolean }) {
  return disabled ? (
    <ActionButton
      label="Enable"
      pendingLabel="Enabling…"
      run={() => setStaffDisabledAction(userId, false)}
      className={SECONDARY_BUTTON_CLASS}
    />
  ) : (
    <ActionButton
      label="Disable"
      pendingLabel="Disabling…"
      confirm="Disable this account? Anyone signed in with it is signed out at once."
      run={() => setStaffDisabledAction(userId, true)}
      className={DANGER_BUTTON_CLASS}
    />
  );
}

/** Change your own password: asks for the current one, then ends your other sessions. */
export function ChangePasswordForm() {
  const { register, handleSubmit, formState, setError, reset } = useForm<PasswordChange, unknown, PasswordChange>({
    resolver: zodResolver(changePasswordSchema, undefined, { raw: true }),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const { errors } = formState;
  // Nothing on the page shows the password, so there is nothing to refresh: only the fields clear.
  const { state, pending, submit } = useAdminFormSubmit({
    save: changePasswordAction,
    setError,
    onSaved: () => reset(),
  });
  return (
    <form noValidate className="max-w-md space-y-4" onSubmit={handleSubmit(submit)}>
      <Field id="currentPassword" label="Current password" error={errors.currentPassword?.message}>
        <input
          {...register("currentPassword")}
          {...fieldAria("currentPassword", errors.currentPassword?.message)}
          type="password"
          autoComplete="current-password"
          className={INPUT_CLASS}
        />
      </Field>
      <Field id="newPassword" label="New password" help={PASSWORD_HELP} error={errors.newPassword?.message}>
        <input
          {...register("newPassword")}
          {...fieldAria("newPassword", errors.newPassword?.message, PASSWORD_HELP)}
          type="password"
          autoComplete="new-password"
          className={INPUT_CLASS}
        />
      </Field>
      <Field id="confirmPassword" label="New password again" error={errors.confirmPassword?.message}>
        <input
          {...register("confirmPassword")}
          {...fieldAria("confirmPassword", errors.confirmPassword?.message)}
          type="password"
          autoComplete="new-password"
          className={INPUT_CLASS}
        />
      </Field>
      <StatusMessage state={state} />
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}

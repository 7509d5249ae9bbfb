"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { loginSchema, type LoginInput } from "@/lib/staff/login-schema";
import { BUTTON_CLASS, Field, fieldAria, INPUT_CLASS } from "./field";

type Props = { next: string; initialMessage: string; initialOk?: boolean };

/**
 * Sign-in form. With JavaScript it posts JSON and shows the answer in place; without, the same
 * form posts to the same route, which answers with redirects.
 */
export function LoginForm({ next, initialMessage, initialOk = false }: Props) {
  const [message, setMessage] = useState(initialMessage);
  const [ok, setOk] = useState(initialOk);
  const { register, handleSubmit, formState } = useForm<LoginInput, unknown, LoginInput>({
    resolver: zodResolver(loginSchema, undefined, { raw: true }),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: LoginInput) {
    setMessage("");
    setOk(false);
    try {
      const response = await fetch("/api/admin/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...values, next }),
      });
      const body = (await response.json().catch(() => ({}))) as {
        message?: string;
        redirectTo?: string;
        retryAt?: string;
      };
      if (response.ok && body.redirectTo) {
        setOk(true);
        setMessage("Signed in. Opening the admin…");
        window.location.assign(body.redirectTo);
        return;
      }
      if (response.status === 429 && body.retryAt) {
        setMessage(
          `${body.message ?? "Too many attempts."} Try again after ${new Date(body.retryAt).toLocaleTimeString()}.`,
        );
        return;
      }
      setMessage(body.message ?? "Sign-in failed. Check your details and try again.");
    } catch {
      setMessage("Could not reach the store. Check your connection and try again.");
    }
  }

  return (
    <form method="post" action="/api/admin/login" onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <input type="hidden" name="next" value={next} />
      <Field id="email" label="Email" error={errors.email?.message}>
        <input
          {...register("email")}
          {...fieldAria("email", errors.email?.message)}
          type="email"
          autoComplete="username"
          className={INPUT_CLASS}
        />
      </Field>
      <Field id="password" label="Password" error={errors.password?.message}>
        <input
          {...register("password")}
          {...fieldAria("password", errors.password?.message)}
          type="password"
          autoComplete="current-password"
          className={INPUT_CLASS}
        />
      </Field>
      <p
        role="status"
        aria-live="polite"
        className={
          !message
            ? ""
            : ok
              ? "rounded border border-brand-600 bg-brand-50 px-3 py-2 font-semibold text-brand-800"
              : "rounded border border-red-700 bg-red-50 px-3 py-2 font-semibold text-red-900"
        }
      >
        {message}
      </p>
      <button type="submit" disabled={isSubmitting} className={BUTTON_CLASS}>
        {isSubmitting ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { findOrderSchema, type FindOrderInput } from "@/lib/order-lookup/find-order-schema";

type Props = { initialMessage: string; initialOk: boolean };

const ENDPOINT = "/api/orders/find";
const INPUT_CLASS = "w-full rounded border border-gray-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

/**
 * The order-lookup form. With JavaScript it posts JSON and shows the answer in place; without,
 * the same form posts to the same route, which answers with a redirect back to this page.
 */
export function FindOrderForm({ initialMessage, initialOk }: Props) {
  const [message, setMessage] = useState(initialMessage);
  const [ok, setOk] = useState(initialOk);
  const { register, handleSubmit, formState, setError } = useForm<FindOrderInput, unknown, FindOrderInput>({
    resolver: zodResolver(findOrderSchema, undefined, { raw: true }),
    defaultValues: { email: "", orderNumber: "" },
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: FindOrderInput) {
    setMessage("");
    setOk(false);
    try {
      const response = await fetch(ENDPOINT, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(values),
      });
      const body = (await response.json().catch(() => ({}))) as {
        message?: string;
        fields?: Partial<Record<keyof FindOrderInput | "_", string>>;
      };
      if (response.ok) {
        setOk(true);
        setMessage(body.message ?? "");
        return;
      }
      for (const name of ["email", "orderNumber"] as const) {
        const fieldMessage = body.fields?.[name];
        if (fieldMessage) setError(name, { message: fieldMessage });
      }
      setMessage(body.fields?._ ?? (response.status === 400 ? "" : "That didn't work. Please try again in a minute."));
    } catch {
      setMessage("Could not reach the store. Check your connection and try again.");
    }
  }

  return (
    <form method="post" action={ENDPOINT} onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <div className="space-y-1">
        <label htmlFor="email" className="block font-semibold">
          Email address
        </label>
        <input
          {...register("email")}
          id="email"
          type="email"
          autoComplete="email"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "email-error" : undefined}
          className={INPUT_CLASS}
        />
        {errors.email?.message ? (
          <p id="email-error" className="text-sm font-semibold text-red-800">
            {errors.email.message}
          </p>
        ) : null}
      </div>
      <div className="space-y-1">
        <label htmlFor="orderNumber" className="block font-semibold">
          Order number
        </label>
        <p id="orderNumber-help" className="text-sm text-muted">
          From your confirmation email, like SS-1042.
        </p>
        <input
          {...register("orderNumber")}
          id="orderNumber"
          autoComplete="off"
          aria-invalid={errors.orderNumber ? true : undefined}
          aria-describedby={errors.orderNumber ? "orderNumber-help orderNumber-error" : "orderNumber-help"}
          className={INPUT_CLASS}
        />
        {errors.orderNumber?.message ? (
          <p id="orderNumber-error" className="text-sm font-semibold text-red-800">
            {errors.orderNumber.message}
          </p>
        ) : null}
      </div>
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
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {isSubmitting ? "Sending…" : "Email me the link"}
      </button>
    </form>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { requestReturnAction } from "@/lib/returns/return-actions";
import { RETURN_REASON_LABELS, RETURN_REASONS } from "@/lib/returns/return-reasons";
import { RETURN_COMMENT_MAX, returnRequestSchema, type ReturnRequestValues } from "@/lib/returns/return-request-schema";
import type { ReturnableLine } from "@/lib/returns/get-return-options";

type Props = { orderId: string; token: string; lines: ReturnableLine[] };

const CONTROL = "rounded border border-gray-400 bg-white px-2 py-1 aria-[invalid=true]:border-red-700";
const ERROR = "text-sm font-semibold text-red-800";

/**
 * The shopper's return form: which pairs, why (fit reasons first), and a refund or another size or
 * width of the same shoe. No health question. Sizes that are sold out are shown but can't be
 * chosen; the server holds the chosen one atomically and says so if it sold out meanwhile.
 */
export function ReturnForm({ orderId, token, lines }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  const { register, handleSubmit, formState, setError, control } = useForm<
    ReturnRequestValues,
    unknown,
    ReturnRequestValues
  >({
    resolver: zodResolver(returnRequestSchema, undefined, { raw: true }),
    defaultValues: {
      resolution: "refund",
      comment: "",
      lines: lines.map((line) => ({
        orderLineId: line.orderLineId,
        quantity: line.returnable === 1 && lines.length === 1 ? 1 : 0,
        reason: "",
        exchangeVariantId: "",
      })),
    },
  });
  const resolution = useWatch({ control, name: "resolution" });
  const errors = formState.errors;

  async function onSubmit(values: ReturnRequestValues) {
    setMessage("");
    const result = await requestReturnAction(orderId, token, values);
    if (result.ok) {
      // The action built this URL with the routes module (returnStatusHref).
      if (result.url) router.push(result.url as Route);
      return;
    }
    for (const [field, text] of Object.entries(result.fields ?? {}))
      if (field !== "_") setError(field as Parameters<typeof setError>[0], { message: text });
    setMessage(result.fields?._ ?? result.message);
  }

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-6">
      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">What would you like?</legend>
        <label className="flex items-start gap-2">
          <input type="radio" value="exchange" {...register("resolution")} className="mt-1" />
          <span>
            <strong>Another size or width</strong> of the same shoe, sent at no charge
          </span>
        </label>
        <label className="flex items-start gap-2">
          <input type="radio" value="refund" {...register("resolution")} className="mt-1" />
          <span>
            <strong>A refund</strong> to the card or account you paid with
          </span>
        </label>
        {errors.resolution?.message ? <p className={ERROR}>{errors.resolution.message}</p> : null}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Which pairs?</legend>
        {errors.lines?.message || errors.lines?.root?.message ? (
          <p className={ERROR} role="alert">
            {errors.lines?.message ?? errors.lines?.root?.message}
          </p>
        ) : null}
        {lines.map((line, index) => {
          const lineErrors = errors.lines?.[index];
          const prefix = `line-${index}`;
          return (
            <div key={line.orderLineId} className="space-y-3 rounded border border-gray-300 p-4">
              <p className="font-semibold">
                {line.productName}, {line.rangeLabel ? `${line.rangeLabel} ` : ""}size {line.sizeLabel} {line.widthCode}
              </p>
              {line.returnable === 0 ? (
                <p className="text-sm text-muted">Already on a return.</p>
              ) : (
                <div className="grid gap-3 sm:grid-cols-3">
                  <input type="hidden" {...register(`lines.${index}.orderLineId`)} />
                  <div className="space-y-1">
                    <label htmlFor={`${prefix}-quantity`} className="block text-sm font-semibold">
                      Pairs to send back
                    </label>
                    <select
                      id={`${prefix}-quantity`}
                      className={CONTROL}
                      aria-invalid={lineErrors?.quantity ? true : undefined}
                      aria-describedby={lineErrors?.quantity ? `${prefix}-quantity-error` : undefined}
                      {...register(`lines.${index}.quantity`)}
                    >
                      {Array.from({ length: line.returnable + 1 }, (_, n) => (
                        <option key={n} value={n}>
                          {n === 0 ? "None" : n}
                        </option>
                      ))}
                    </select>
                    {lineErrors?.quantity?.message ? (
                      <p id={`${prefix}-quantity-error`} className={ERROR}>
                        {lineErrors.quantity.message}
                      </p>
                    ) : null}
                  </div>
                  <div className="space-y-1">
                    <label htmlFor={`${prefix}-reason`} className="block text-sm font-semibold">
                      Reason
                    </label>
                    <select
                      id={`${prefix}-reason`}
                      className={CONTROL}
                      aria-invalid={lineErrors?.reason ? true : undefined}
                      aria-describedby={lineErrors?.reason ? `${prefix}-reason-error` : undefined}
                      {...register(`lines.${index}.reason`)}
                    >
                      <option value="">Choose…</option>
                      {RETURN_REASONS.map((reason) => (
                        <option key={reason} value={reason}>
                          {RETURN_REASON_LABELS[reason]}
                        </option>
                      ))}
                    </select>
                    {lineErrors?.reason?.message ? (
                      <p id={`${prefix}-reason-error`} className={ERROR}>
                        {lineErrors.reason.message}
                      </p>
                    ) : null}
                  </div>
                  {resolution === "exchange" ? (
                    <div className="space-y-1">
                      <label htmlFor={`${prefix}-exchange`} className="block text-sm font-semibold">
                        Size and width instead
                      </label>
                      <select
                        id={`${prefix}-exchange`}
                        className={CONTROL}
                        aria-invalid={lineErrors?.exchangeVariantId ? true : undefined}
                        aria-describedby={lineErrors?.exchangeVariantId ? `${prefix}-exchange-error` : undefined}
                        {...register(`lines.${index}.exchangeVariantId`)}
                      >
                        <option value="">Choose…</option>
                        {line.exchangeOptions.map((option) => (
                          <option key={option.variantId} value={option.variantId} disabled={!option.inStock}>
                            {option.label}
                            {option.inStock ? "" : " (sold out)"}
                          </option>
                        ))}
                      </select>
                      {lineErrors?.exchangeVariantId?.message ? (
                        <p id={`${prefix}-exchange-error`} className={ERROR} role="alert">
                          {lineErrors.exchangeVariantId.message}
                        </p>
                      ) : null}
                    </div>
                  ) : null}
                </div>
              )}
            </div>
          );
        })}
      </fieldset>

      <div className="space-y-1">
        <label htmlFor="return-comment" className="block font-semibold">
          Anything we should know? (optional)
        </label>
        <p id="return-comment-help" className="text-sm text-muted">
          About the fit or the shoe. Only our staff read this. Please don&apos;t include health details.
        </p>
        <textarea
          id="return-comment"
          rows={3}
          maxLength={RETURN_COMMENT_MAX}
          className={`w-full ${CONTROL}`}
          aria-describedby={errors.comment ? "return-comment-help return-comment-error" : "return-comment-help"}
          aria-invalid={errors.comment ? true : undefined}
          {...register("comment")}
        />
        {errors.comment?.message ? (
          <p id="return-comment-error" className={ERROR}>
            {errors.comment.message}
          </p>
        ) : null}
      </div>

      <p role="status" aria-live="polite" className={message ? ERROR : "sr-only"}>
        {message}
      </p>
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700 disabled:opacity-60"
      >
        {formState.isSubmitting ? "Sending…" : "Request the return"}
      </button>
    </form>
  );
}

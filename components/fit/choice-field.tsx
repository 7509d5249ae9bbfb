"use client";

import { useFormContext } from "react-hook-form";
import type { ChoiceQuestion } from "./questions";
import { errorAt } from "./form-errors";

/** One question as a radio group: legend, "why we ask", options, and its error announced. */
export function ChoiceField({ question, inline = false }: { question: ChoiceQuestion; inline?: boolean }) {
  const { register, formState } = useFormContext();
  const error = errorAt(formState.errors, question.name);
  const id = question.name.replace(/\./g, "-");
  return (
    <fieldset
      className="space-y-2"
      aria-describedby={`${id}-why${error ? ` ${id}-error` : ""}`}
      aria-invalid={error ? true : undefined}
    >
      <legend className="font-semibold text-lg">{question.label}</legend>
      <p id={`${id}-why`} className="text-sm text-muted">
        <span className="font-medium">Why we ask:</span> {question.why}
      </p>
      <div className={inline ? "flex flex-wrap gap-2" : "grid gap-2 sm:grid-cols-2"}>
        {question.options.map((option) => (
          <label
            key={option.value}
            className="flex items-center gap-2 rounded border border-brand-100 bg-white px-3 py-2 cursor-pointer has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              value={option.value}
              {...register(question.name)}
              className="h-4 w-4 accent-brand-700"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

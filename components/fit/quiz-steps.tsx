"use client";

import { useFormContext } from "react-hook-form";
import { SAFETY_ITEMS } from "@/lib/fit/safety-screen";
import { WIDTH_CODES } from "@/lib/catalog/width-codes";
import type { QuizDraft } from "@/lib/fit/quiz-draft";
import { ChoiceField } from "./choice-field";
import { errorAt } from "./form-errors";
import {
  BACK_QUESTIONS,
  BUDGET_OPTIONS,
  CONTEXT_QUESTIONS,
  EASES_QUESTION,
  FEET_QUESTIONS,
  PREFERENCE_QUESTIONS,
  SAFETY_OPTIONS,
  SAFETY_WHY,
  WALKING_QUESTIONS,
  WIDTH_FEEL_OPTIONS,
} from "./questions";

export function SafetyStep() {
  return (
    <div className="space-y-5">
      <p className="rounded bg-brand-50 p-3">
        First, a quick safety check. {SAFETY_WHY} Do you have any of these right now?
      </p>
      {SAFETY_ITEMS.map((item) => (
        <ChoiceField
          key={item.field}
          inline
          question={{
            name: `safety.${item.field}`,
            label: item.text,
            why: "Part of the safety check.",
            options: SAFETY_OPTIONS,
          }}
        />
      ))}
    </div>
  );
}

export function FeetStep() {
  const { register, watch, formState } = useFormContext<QuizDraft>();
  const sizeSystem = watch("sizeSystem");
  const widthMode = watch("widthMode");
  const [rangeQuestion, ...otherQuestions] = FEET_QUESTIONS;
  const sizeError = errorAt(formState.errors, "sizeValue");
  const widthCodeError = errorAt(formState.errors, "widthCode");
  return (
    <div className="space-y-6">
      {rangeQuestion ? <ChoiceField question={rangeQuestion} inline /> : null}
      <fieldset className="space-y-2">
        <legend className="font-semibold text-lg">Your size</legend>
        <p id="size-why" className="text-sm text-muted">
          <span className="font-medium">Why we ask:</span> we turn it into a foot length and find the right label in
          each brand&apos;s own chart.
        </p>
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col text-sm">
            Sizing
            <select
              {...register("sizeSystem")}
              className="rounded border border-brand-100 bg-white px-2 py-2 text-base"
            >
              <option value="US">US</option>
              <option value="UK">UK</option>
              <option value="EU">EU</option>
              <option value="mm">Foot length (mm)</option>
            </select>
          </label>
          <label className="flex flex-col text-sm">
            {sizeSystem === "mm" ? "Foot length in mm" : `${sizeSystem} size`}
            <input
              {...register("sizeValue")}
              inputMode="decimal"
              aria-invalid={sizeError ? true : undefined}
              aria-describedby={`size-why${sizeError ? " size-error" : ""}`}
              className="w-32 rounded border border-brand-100 bg-white px-2 py-2 text-base"
              placeholder={sizeSystem === "mm" ? "e.g. 265" : "e.g. 9.5"}
            />
          </label>
        </div>
        {sizeError ? (
          <p id="size-error" className="text-sm font-medium text-red-800">
            {sizeError}
          </p>
        ) : null}
        <details className="text-sm">
          <summary className="cursor-pointer text-brand-700 underline">How to measure your foot</summary>
          <p className="mt-2">
            Late in the day, stand on a sheet of paper with your heel against a wall. Mark the tip of your longest toe,
            measure from the wall to the mark in millimetres, and do both feet. Use the longer one. If you chose
            &quot;Either&quot; above, give a foot length or a men&apos;s US size.
          </p>
        </details>
      </fieldset>
      <ChoiceField
        question={{
          name: "widthMode",
          label: "How do standard shoes feel across the ball of your foot?",
          why: "Width is the most common reason a shoe in the right length still feels wrong.",
          options: WIDTH_FEEL_OPTIONS,
        }}
      />
      {widthMode === "code" ? (
        <label className="flex flex-col text-sm max-w-xs">
          Width code you wear
          <select
            {...register("widthCode")}
            aria-invalid={widthCodeError ? true : undefined}
            className="rounded border border-brand-100 bg-white px-2 py-2 text-base"
          >
            <option value="">Choose a code</option>
            {WIDTH_CODES.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
          {widthCodeError ? <span className="font-medium text-red-800">{widthCodeError}</span> : null}
        </label>
      ) : null}
      {otherQuestions.map((question) => (
        <ChoiceField key={question.name} question={question} />
      ))}
    </div>
  );
}

export function WalkingStep() {
  return (
    <div className="space-y-6">
      {WALKING_QUESTIONS.map((question) => (
        <ChoiceField key={question.name} question={question} />
      ))}
    </div>
  );
}

export function BackStep() {
  const walkingEffect = useFormContext<QuizDraft>().watch("pain.walkingEffect");
  return (
    <div className="space-y-6">
      <p className="rounded bg-brand-50 p-3">
        These answers only decide which guidance and notes you see. They never change which shoes rank first, and we
        never store them.
      </p>
      {BACK_QUESTIONS.map((question) => (
        <div key={question.name} className="space-y-6">
          <ChoiceField question={question} />
          {question.name === "pain.walkingEffect" && walkingEffect === "leg_symptoms" ? (
            <ChoiceField question={EASES_QUESTION} />
          ) : null}
        </div>
      ))}
      {CONTEXT_QUESTIONS.map((question) => (
        <ChoiceField key={question.name} question={question} inline />
      ))}
    </div>
  );
}

export function PreferencesStep() {
  const { register } = useFormContext<QuizDraft>();
  return (
    <div className="space-y-6">
      {PREFERENCE_QUESTIONS.map((question) => (
        <ChoiceField key={question.name} question={question} />
      ))}
      <label className="flex flex-col gap-1 max-w-xs">
        <span className="font-semibold text-lg">Budget</span>
        <span id="budget-why" className="text-sm text-muted">
          <span className="font-medium">Why we ask:</span> we keep to it, and show at most two clearly labelled shoes
          above it.
        </span>
        <select
          {...register("budget")}
          aria-describedby="budget-why"
          className="rounded border border-brand-100 bg-white px-2 py-2"
        >
          {BUDGET_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import { draftErrors, draftToAnswers, EMPTY_DRAFT, type QuizDraft } from "@/lib/fit/quiz-draft";
import { screenSafety, stopMessage, SAFETY_ITEMS, type StoreRegion } from "@/lib/fit/safety-screen";
import { toNestedErrors } from "./form-errors";
import { QuizProgress } from "./quiz-progress";
import { BackStep, FeetStep, PreferencesStep, SafetyStep, WalkingStep } from "./quiz-steps";
import { StopPanel } from "./stop-panel";
import { rememberPrivateResult } from "./private-result-store";

const DRAFT_KEY = "fit-quiz-draft";
const OFFLINE_MESSAGE = "We couldn't reach the store just now. Your answers are still here; please try again.";

const STEPS = [
  { title: "Safety check", Body: SafetyStep, fields: SAFETY_ITEMS.map((item) => `safety.${item.field}`) },
  {
    title: "Your feet",
    Body: FeetStep,
    fields: ["range", "sizeValue", "widthMode", "widthCode", "feetDiffer", "forefoot", "arch", "orthotics"],
  },
  { title: "Your walking", Body: WalkingStep, fields: ["walkingMinutes", "surface", "currentShoes", "unsteady"] },
  {
    title: "Your back",
    Body: BackStep,
    fields: [
      "pain.where",
      "pain.walkingEffect",
      "pain.eases",
      "pain.duration",
      "context.diabetesNumbFeet",
      "context.pregnant",
    ],
  },
  { title: "Comfort preferences", Body: PreferencesStep, fields: ["cushion", "support", "closure", "budget"] },
] as const;

// The answers schema brings zod, the quiz page's biggest script (30 kB gzipped), and nothing needs
// it before the first answer is checked. So it loads when the shopper first touches the form
// instead of with the page (decision 0013); the import is cached after the first call.
const loadSchemas = () => import("@/lib/fit/answers-schema");
const warmSchemas = () => void loadSchemas().catch(() => {});

/** Validates the whole draft with the API's own schema; react-hook-form keeps the fields asked for. */
const resolver: Resolver<QuizDraft> = async (values) => {
  const { fitAnswersSchema } = await loadSchemas();
  const parsed = fitAnswersSchema.safeParse(draftToAnswers(values));
  if (parsed.success) return { values, errors: {} };
  return { values: {}, errors: toNestedErrors(draftErrors(parsed.error)) };
};

type Stop = { tier: "emergency" | "urgent"; message: string; symptoms: string[] };

export function FitQuiz({ region }: { region: StoreRegion }) {
  const router = useRouter();
  const form = useForm<QuizDraft>({ defaultValues: EMPTY_DRAFT, resolver, shouldFocusError: true });
  const [step, setStep] = useState(0);
  const [stop, setStop] = useState<Stop | null>(null);
  const [status, setStatus] = useState<"idle" | "submitting" | "error">("idle");
  const [message, setMessage] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const restored = useRef(false);

  // Answers live in this browser tab's session only, so Back/Next and a reload lose nothing.
  useEffect(() => {
    const saved = sessionStorage.getItem(DRAFT_KEY);
    if (saved) {
      try {
        const { draft, step: savedStep } = JSON.parse(saved) as { draft: QuizDraft; step: number };
        form.reset({ ...EMPTY_DRAFT, ...draft });
        setStep(Math.min(Math.max(0, savedStep), STEPS.length - 1));
      } catch {
        sessionStorage.removeItem(DRAFT_KEY);
      }
    }
    restored.current = true;
  }, [form]);

  useEffect(() => {
    const subscription = form.watch((draft) => {
      if (restored.current) sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ draft, step }));
    });
    return () => subscription.unsubscribe();
  }, [form, step]);

  const goTo = (next: number) => {
    setStep(next);
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ draft: form.getValues(), step: next }));
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const stopQuiz = (found: Stop) => {
    sessionStorage.removeItem(DRAFT_KEY);
    form.reset(EMPTY_DRAFT);
    setStop(found);
    // Move focus to the stop message so screen-reader and keyboard users land on it.
    requestAnimationFrame(() => document.getElementById("stop-heading")?.focus());
    // Only the tier is reported, for an anonymous count; the answers stay in this page.
    void fetch("/api/fit/safety-stop", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tier: found.tier }),
    }).catch(() => {});
  };

  const next = async () => {
    const current = STEPS[step];
    let valid: boolean;
    try {
      valid = current !== undefined && (await form.trigger([...current.fields] as never, { shouldFocus: true }));
    } catch {
      // Only the resolver's schema script can fail here, when the connection drops before it has loaded.
      setMessage(OFFLINE_MESSAGE);
      return;
    }
    if (!valid) {
      setMessage("Please answer the questions marked below.");
      return;
    }
    setMessage("");
    if (step === 0) {
      // Already loaded: the resolver just used it.
      const { safetyAnswersSchema } = await loadSchemas();
      const found = screenSafety(safetyAnswersSchema.parse(draftToAnswers(form.getValues()).safety));
      if (found) return stopQuiz({ ...found, message: stopMessage(found.tier, region) });
    }
    if (step < STEPS.length - 1) goTo(step + 1);
    else await submit();
  };

  const submit = async () => {
    setStatus("submitting");
    setMessage("Finding shoes that match your answers...");
    try {
      const response = await fetch("/api/fit/recommendations", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(draftToAnswers(form.getValues())),
      });
      const body = await response.json();
      if (response.ok && body.status === "stop") return stopQuiz(body.stop);
      if (response.ok && body.status === "ok") {
        rememberPrivateResult(body.resultId, { advisories: body.advisories, articles: body.articles });
        router.push(body.shareUrl);
        return;
      }
      if (response.status === 400 && body.fields) {
        const errors = draftErrors(body.fields);
        for (const [name, text] of Object.entries(errors)) form.setError(name as never, { message: text });
        const firstStep = STEPS.findIndex((s) =>
          s.fields.some((field) => field in errors || Object.keys(errors).some((e) => e.startsWith(field))),
        );
        if (firstStep >= 0) goTo(firstStep);
        setStatus("error");
        setMessage("Some answers need another look.");
        return;
      }
      throw new Error(`status ${response.status}`);
    } catch {
      setStatus("error");
      setMessage(OFFLINE_MESSAGE);
    }
  };

  if (stop) return <StopPanel {...stop} />;

  const current = STEPS[step] ?? STEPS[0];
  return (
    <FormProvider {...form}>
      {/* method and action matter only when this script isn't running: the browser's default, a GET
          to this page, would put every answer in the address bar (app/fit/no-script/route.ts). */}
      <form
        method="post"
        action="/fit/no-script"
        noValidate
        onFocus={warmSchemas}
        onPointerDown={warmSchemas}
        onSubmit={(event) => {
          event.preventDefault();
          void next();
        }}
        className="space-y-6"
      >
        <QuizProgress step={step} titles={STEPS.map((s) => s.title)} />
        <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold">
          {current.title}
        </h2>
        <p aria-live="assertive" role="status" className="font-medium text-red-800 min-h-6">
          {status !== "submitting" ? message : ""}
        </p>
        <current.Body />
        <div className="flex flex-wrap gap-3 pt-2">
          {step > 0 ? (
            <button
              type="button"
              onClick={() => goTo(step - 1)}
              className="rounded-md border border-brand-700 px-5 py-2 font-semibold text-brand-700"
            >
              Back
            </button>
          ) : null}
          <button
            type="submit"
            disabled={status === "submitting"}
            className="rounded-md bg-brand-700 px-6 py-2 font-semibold text-white disabled:opacity-60"
          >
            {step === STEPS.length - 1 ? (status === "submitting" ? "Finding shoes..." : "See my matches") : "Next"}
          </button>
        </div>
        <p aria-live="polite" className="sr-only">
          {status === "submitting" ? message : ""}
        </p>
      </form>
    </FormProvider>
  );
}

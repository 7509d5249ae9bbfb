"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { savePolicyPageAction } from "@/lib/admin/policies/policy-actions";
import { policySchema, type PolicyFormValues } from "@/lib/admin/policies/policy-schema";
import { BUTTON_CLASS, Field, fieldAria, INPUT_CLASS } from "./field";
import { StatusMessage } from "./status-message";
import { MarkdownBodyField } from "./markdown-body-field";
import { useAdminFormSubmit } from "./use-admin-form-submit";

type Props = { slug: string; defaults: PolicyFormValues; note?: string };

const BODY_HELP =
  "Markdown: ## for a heading, **bold**, - for a list, [text](/help/returns) for a link. State the shop's policy plainly; no treatment claims.";

/** Markdown editor for one policy page, with the same sanitized live preview as the guides. */
export function PolicyEditor({ slug, defaults, note }: Props) {
  const { register, control, handleSubmit, formState, setError } = useForm<PolicyFormValues, unknown, PolicyFormValues>(
    { resolver: zodResolver(policySchema, undefined, { raw: true }), defaultValues: defaults },
  );
  const { errors } = formState;
  const body = useWatch({ control, name: "body" });
  const { state, pending, submit } = useAdminFormSubmit({
    save: (values: PolicyFormValues) => savePolicyPageAction(slug, values),
    setError,
  });

  return (
    <form noValidate className="space-y-6" onSubmit={handleSubmit(submit)}>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="title" label="Title" error={errors.title?.message}>
          <input {...register("title")} {...fieldAria("title", errors.title?.message)} className={INPUT_CLASS} />
        </Field>
        <Field id="summary" label="Summary" help="One sentence, shown under the title." error={errors.summary?.message}>
          <input
            {...register("summary")}
            {...fieldAria("summary", errors.summary?.message, "help")}
            className={INPUT_CLASS}
          />
        </Field>
      </div>
      {note ? <p className="text-sm text-muted">{note}</p> : null}
      <MarkdownBodyField
        label="Page"
        help={BODY_HELP}
        error={errors.body?.message}
        body={body}
        registration={register("body")}
      />
      <StatusMessage state={state} />
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>
        {pending ? "Saving…" : "Save page"}
      </button>
    </form>
  );
}

"use client";

import { useEffect, useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { previewMarkdownAction } from "@/lib/admin/content/article-actions";
import { Field, fieldAria, INPUT_CLASS } from "./field";

type Props = {
  label: string;
  help: string;
  error: string | undefined;
  /** The body's current text (useWatch), for the preview. */
  body: string;
  registration: UseFormRegisterReturn<"body">;
};

/**
 * A markdown body beside its live preview, rendered by the store's own sanitizing renderer (the
 * guides and the policy pages).
 */
export function MarkdownBodyField({ label, help, error, body, registration }: Props) {
  const [preview, setPreview] = useState("");
  useEffect(() => {
    // Debounced: one render request per pause in typing, not per key.
    const timer = setTimeout(() => {
      void previewMarkdownAction(body).then((result) =>
        setPreview("html" in result ? result.html : `<p>${result.error}</p>`),
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [body]);

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Field id="body" label={label} help={help} error={error}>
        <textarea
          {...registration}
          {...fieldAria("body", error, help)}
          rows={24}
          className={`${INPUT_CLASS} font-mono text-sm`}
        />
      </Field>
      <section aria-labelledby="preview-title" className="space-y-1">
        <h2 id="preview-title" className="font-semibold">
          Preview
        </h2>
        {/* Sanitized on the server by renderMarkdown (allow-listed tags, no scripts or handlers). */}
        <div
          className="prose-article min-h-40 rounded border border-brand-100 bg-white p-4"
          dangerouslySetInnerHTML={{ __html: preview }}
        />
      </section>
    </div>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { saveArticleAction } from "@/lib/admin/content/article-actions";
import { articleSchema, type ArticleFormValues } from "@/lib/admin/content/article-schema";
import { slugify } from "@/lib/admin/catalog/product-schema";
import { adminArticleHref } from "@/lib/routes/admin";
import { productHref } from "@/lib/routes/storefront";
import { BUTTON_CLASS, Field, fieldAria, INPUT_CLASS } from "./field";
import { StatusMessage } from "./status-message";
import { MarkdownBodyField } from "./markdown-body-field";
import { openCreatedRecord, useAdminFormSubmit } from "./use-admin-form-submit";

type Props = {
  articleId: string | null;
  defaults: ArticleFormValues;
  products: { id: string; name: string; slug: string }[];
};

const BODY_HELP =
  "Markdown: ## for a heading, **bold**, - for a list, [text](/shoes/web-address) for a link. Give guidance, not treatment claims.";

/** Markdown editor with a live preview rendered by the shop's own sanitizing renderer. */
export function ArticleEditor({ articleId, defaults, products }: Props) {
  const { register, control, handleSubmit, formState, setError, getValues, setValue } = useForm<
    ArticleFormValues,
    unknown,
    ArticleFormValues
  >({
    resolver: zodResolver(articleSchema, undefined, { raw: true }),
    defaultValues: defaults,
  });
  const { errors } = formState;
  const body = useWatch({ control, name: "body" });
  const { state, pending, submit } = useAdminFormSubmit({
    save: (values: ArticleFormValues) => saveArticleAction(articleId, values),
    setError,
    onSaved: openCreatedRecord(articleId, adminArticleHref),
  });

  function insertLink(productId: string) {
    const product = products.find((item) => item.id === productId);
    if (!product) return;
    setValue(
      "body",
      `${getValues("body")}${getValues("body").endsWith("\n") ? "" : "\n"}[${product.name}](${productHref(product.slug)})\n`,
      { shouldDirty: true },
    );
  }

  return (
    <form noValidate className="space-y-6" onSubmit={handleSubmit(submit)}>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="title" label="Title" error={errors.title?.message}>
          <input
            {...register("title", {
              onBlur: () => {
                if (!getValues("slug")) setValue("slug", slugify(getValues("title")));
              },
            })}
            {...fieldAria("title", errors.title?.message)}
            className={INPUT_CLASS}
          />
        </Field>
        <Field id="slug" label="Web address" help="/articles/<this>" error={errors.slug?.message}>
          <input {...register("slug")} {...fieldAria("slug", errors.slug?.message, "help")} className={INPUT_CLASS} />
        </Field>
        <div className="md:col-span-2">
          <Field
            id="summary"
            label="Summary"
            help="One sentence, shown in lists and search results."
            error={errors.summary?.message}
          >
            <input
              {...register("summary")}
              {...fieldAria("summary", errors.summary?.message, "help")}
              className={INPUT_CLASS}
            />
          </Field>
        </div>
        <Field id="tags" label="Tags" help="Comma separated, lower case: walking, sizing" error={errors.tags?.message}>
          <input {...register("tags")} {...fieldAria("tags", errors.tags?.message, "help")} className={INPUT_CLASS} />
        </Field>
        <Field
          id="featuredRank"
          label="Featured rank"
          help="Lower numbers show first; empty for none."
          error={errors.featuredRank?.message}
        >
          <input
            {...register("featuredRank")}
            {...fieldAria("featuredRank", errors.featuredRank?.message, "help")}
            inputMode="numeric"
            className={INPUT_CLASS}
          />
        </Field>
        <label className="flex items-center gap-2 font-semibold">
          <input type="checkbox" {...register("published")} /> Published
        </label>
      </div>
      <MarkdownBodyField
        label="Article"
        help={BODY_HELP}
        error={errors.body?.message}
        body={body}
        registration={register("body")}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="insert-link" className="block font-semibold">
            Insert a link to a shoe
          </label>
          <select
            id="insert-link"
            defaultValue=""
            onChange={(event) => {
              insertLink(event.target.value);
              event.target.value = "";
            }}
            className={INPUT_CLASS}
          >
            <option value="">Choose a shoe…</option>
            {products.map((product) => (
              <option key={product.id} value={product.id}>
                {product.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="space-y-1">
          <legend className="font-semibold">Shoes listed under the guide</legend>
          {errors.productIds?.message ? (
            <p className="text-sm font-semibold text-red-800">{errors.productIds.message}</p>
          ) : null}
          <div className="max-h-48 overflow-y-auto rounded border border-gray-300 p-2">
            {products.map((product) => (
              <label key={product.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={product.id} {...register("productIds")} /> {product.name}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <StatusMessage state={state} />
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>
        {pending ? "Saving…" : articleId ? "Save guide" : "Create guide"}
      </button>
    </form>
  );
}

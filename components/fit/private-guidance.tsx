"use client";

import { StoreLink } from "@/components/ui/store-link";
import { useEffect, useState } from "react";
import { articleHref } from "@/lib/routes/storefront";
import { recallPrivateResult, type PrivateResult } from "./private-result-store";

/**
 * Advisories and the guides chosen from health answers, shown only in the tab that took the
 * quiz (see private-result-store.ts). Shared links never include them.
 */
export function PrivateGuidance({ resultId, sharedArticleSlugs }: { resultId: string; sharedArticleSlugs: string[] }) {
  const [guidance, setGuidance] = useState<PrivateResult | null>(null);
  // sessionStorage exists only in the browser, after hydration: the server HTML must not show it.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setGuidance(recallPrivateResult(resultId)), [resultId]);
  if (!guidance) return null;
  const extraArticles = guidance.articles.filter((article) => !sharedArticleSlugs.includes(article.slug));
  if (guidance.advisories.length === 0 && extraArticles.length === 0) return null;
  return (
    <section
      aria-labelledby="advice-heading"
      className="rounded-lg border-2 border-amber-500 bg-amber-50 p-5 space-y-3"
    >
      <h2 id="advice-heading" className="text-xl font-semibold">
        Worth knowing
      </h2>
      {guidance.advisories.length > 0 ? (
        <ul className="list-disc pl-5 space-y-1">
          {guidance.advisories.map((advisory) => (
            <li key={advisory.id}>{advisory.text}</li>
          ))}
        </ul>
      ) : null}
      {extraArticles.length > 0 ? (
        <ul className="space-y-1">
          {extraArticles.map((article) => (
            <li key={article.slug}>
              <StoreLink href={articleHref(article.slug)} className="underline">
                {article.title}
              </StoreLink>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm text-muted">
        This part is based on your health answers. It stays in this browser tab and isn&apos;t in the share link.
      </p>
    </section>
  );
}

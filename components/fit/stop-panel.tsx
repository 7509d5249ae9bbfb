import { StoreLink } from "@/components/ui/store-link";
import { ARTICLE_SLUGS } from "@/lib/articles/slugs";
import { articleHref } from "@/lib/routes/storefront";

type Props = { tier: "emergency" | "urgent"; message: string; symptoms: string[] };

/** Shown instead of any products when the safety screen stops the quiz. Nothing is saved. */
export function StopPanel({ tier, message, symptoms }: Props) {
  return (
    <section
      role="alert"
      aria-labelledby="stop-heading"
      className={`rounded-xl border-2 p-6 space-y-4 ${tier === "emergency" ? "border-red-700 bg-red-50" : "border-amber-600 bg-amber-50"}`}
    >
      <h2 id="stop-heading" className="text-2xl font-bold" tabIndex={-1}>
        {tier === "emergency" ? "Please get emergency care now" : "Please get medical advice today"}
      </h2>
      <p className="text-lg">{message}</p>
      <div>
        <h3 className="font-semibold">What you told us</h3>
        <ul className="list-disc pl-6">
          {symptoms.map((symptom) => (
            <li key={symptom}>{symptom}</li>
          ))}
        </ul>
      </div>
      <p>
        These signs need a clinician before anything else, so we won&apos;t suggest shoes right now. We haven&apos;t
        saved your answers.
      </p>
      <p>
        <StoreLink href={articleHref(ARTICLE_SLUGS.warningSigns)} className="underline">
          Read about warning signs that need medical care
        </StoreLink>
      </p>
    </section>
  );
}

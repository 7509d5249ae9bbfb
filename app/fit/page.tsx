import type { Metadata } from "next";
import { FitQuiz } from "@/components/fit/fit-quiz";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Fit quiz",
  description:
    "Answer a few questions about your feet, your walks and what feels comfortable, and get walking shoes in your exact size and width.",
};

export default function FitPage() {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">Find walking shoes that fit</h1>
      <p className="text-muted">
        About 3 minutes. We match shoes to your fit and comfort answers. No shoe has been shown to change back pain, but
        shoes that fit and feel good make it easier to keep walking. Your health answers stay in this browser tab.
      </p>
      <noscript>
        <p className="rounded-md border border-amber-700 bg-amber-50 p-3 font-semibold">
          The quiz needs JavaScript: it checks your answers in this tab, so they never leave your browser. Turn
          JavaScript on to take it, or browse the shoes by size and width.
        </p>
      </noscript>
      <FitQuiz region={getEnv().STORE_REGION} />
    </div>
  );
}

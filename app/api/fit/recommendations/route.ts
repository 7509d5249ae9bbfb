import { NextResponse } from "next/server";
import { getCatalogSnapshot } from "@/lib/catalog/get-catalog-snapshot";
import { fitAnswersSchema, fieldErrorsFrom } from "@/lib/fit/answers-schema";
import { recommend } from "@/lib/fit/recommend";
import { stopMessage } from "@/lib/fit/safety-screen";
import { getEnv } from "@/lib/env";
import { handleApiError, jsonError } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/read-json-body";
import { countFitEvent } from "@/lib/quiz/count-fit-event";
import { getArticleTitles } from "@/lib/quiz/get-article-titles";
import { saveFitResult } from "@/lib/quiz/save-fit-result";

// POST /api/fit/recommendations (fit-spec §7). The answers include health answers, so nothing
// here logs the body; a stop saves nothing but an anonymous count.
export async function POST(request: Request) {
  try {
    const parsed = fitAnswersSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) return jsonError(400, "invalid_answers", fieldErrorsFrom(parsed.error));
    const answers = parsed.data;

    const [snapshot, articleTitles] = await Promise.all([getCatalogSnapshot(), getArticleTitles()]);
    const outcome = recommend(answers, snapshot, { articleTitles });
    if (outcome.status === "stop") {
      await countFitEvent(outcome.stop.tier === "emergency" ? "stop_emergency" : "stop_urgent");
      const message = stopMessage(outcome.stop.tier, getEnv().STORE_REGION);
      return NextResponse.json({ status: "stop", stop: { ...outcome.stop, message } });
    }
    const resultId = await saveFitResult(answers, outcome);
    return NextResponse.json({ ...outcome, resultId, shareUrl: `/fit/results/${resultId}` });
  } catch (error) {
    return handleApiError(error);
  }
}

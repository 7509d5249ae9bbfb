import "server-only";
import { fitAnswersSchema, fieldErrorsFrom, type FitAnswers } from "@/lib/fit/answers-schema";
import { recommend } from "@/lib/fit/recommend";
import { stopMessage } from "@/lib/fit/safety-screen";
import { getEnv } from "@/lib/env";
import { apiErrorReply, type JsonReply } from "@/lib/http/api-error";
import { noteDatabaseAvailable } from "@/lib/http/database-outage";
import { resultHref } from "@/lib/routes/storefront";
import { countFitEvent } from "./count-fit-event";
import { heldQuizInputs, quizInputsAt, type QuizInputs } from "./quiz-inputs";
import { saveFitResult } from "./save-fit-result";

// POST /api/fit/recommendations (docs/product-spec.md §7), given the parsed JSON body.
// Framework-free so that Next's route handler and the production server's direct route
// (scripts/serve.ts, decision 0010) answer with the same code. The answers include health answers,
// so nothing here logs them; a stop saves nothing but an anonymous count.

export async function answerFitRequest(body: unknown): Promise<JsonReply> {
  try {
    const parsed = fitAnswersSchema.safeParse(body);
    if (!parsed.success)
      return { status: 400, body: { error: "invalid_answers", fields: fieldErrorsFrom(parsed.error) } };
    return await answer(parsed.data);
  } catch (error) {
    return apiErrorReply(error);
  }
}

async function answer(answers: FitAnswers): Promise<JsonReply> {
  // Usually from memory: the save below checks, in the same round trip, that nothing changed.
  let inputs = heldQuizInputs() ?? (await quizInputsAt());
  let outcome = recommendFrom(answers, inputs);
  if (outcome.status === "stop") {
    await countFitEvent(outcome.stop.tier === "emergency" ? "stop_emergency" : "stop_urgent");
    const message = stopMessage(outcome.stop.tier, getEnv().STORE_REGION);
    return { status: 200, body: { status: "stop", stop: { ...outcome.stop, message } } };
  }
  let save = await saveFitResult(answers, outcome, inputs.versions);
  if (!save.saved) {
    // The catalog or the guides changed since this process read them: answer from the current
    // ones, and save that answer (a second change meanwhile is not chased).
    inputs = await quizInputsAt(save.current);
    const redone = recommendFrom(answers, inputs);
    if (redone.status === "stop") throw new Error("The safety screen depends on the answers only");
    outcome = redone;
    save = await saveFitResult(answers, outcome, null);
  }
  if (!save.saved) throw new Error("A save without a version check reported nothing saved");
  noteDatabaseAvailable();
  return { status: 200, body: { ...outcome, resultId: save.id, shareUrl: resultHref(save.id) } };
}

function recommendFrom(answers: FitAnswers, inputs: QuizInputs) {
  return recommend(answers, inputs.snapshot, { articleTitles: inputs.articleTitles });
}

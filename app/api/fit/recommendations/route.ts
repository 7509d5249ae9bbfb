import { handleApiError, toNextResponse } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/read-json-body";
import { answerFitRequest } from "@/lib/quiz/answer-fit-request";
import { limitRoute } from "@/lib/rate-limit/limit-route";

// POST /api/fit/recommendations (docs/product-spec.md §7.1). The production server answers this
// path itself with the same function (scripts/serve.ts, decision 0010); this handler serves `next
// dev` and any other way of running Next. Nothing here logs the body: it holds health answers.
export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await readJsonBody(request);
  } catch (error) {
    return handleApiError(error);
  }
  // After the body, as the direct route does (its 413 and 400 come first too).
  return (await limitRoute("quiz", request)) ?? toNextResponse(await answerFitRequest(body));
}

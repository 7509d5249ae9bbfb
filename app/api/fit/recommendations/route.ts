import { handleApiError, toNextResponse } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/read-json-body";
import { answerFitRequest } from "@/lib/quiz/answer-fit-request";

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
  return toNextResponse(await answerFitRequest(body));
}

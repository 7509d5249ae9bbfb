import { NextResponse } from "next/server";
import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { handleApiError, jsonError } from "@/lib/http/api-error";
import { fieldErrors } from "@/lib/errors/field-errors";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { readJsonBody } from "@/lib/http/read-json-body";
import { countFitEvent } from "@/lib/quiz/count-fit-event";
import { limitRoute } from "@/lib/rate-limit/limit-route";

// The quiz page screens safety answers in the browser and stops there; it reports only the tier
// here, so staff can see how often the screen stops someone. No answers are sent. Only the quiz
// page may count a stop: a request from another site is refused (403), so the counts stay honest.
const stopSchema = z.strictObject({
  tier: z.enum(["emergency", "urgent"], { error: "tier must be emergency or urgent" }),
});

export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const parsed = stopSchema.safeParse(await readJsonBody(request, 1024));
    if (!parsed.success) return jsonError(400, "invalid_input", fieldErrors(parsed.error));
    // In the quiz's bucket: a script can't inflate the stop counts staff read.
    const limited = await limitRoute("quiz", request);
    if (limited) return limited;
    await countFitEvent(parsed.data.tier === "emergency" ? "stop_emergency" : "stop_urgent");
    return NextResponse.json({ ok: true });
  } catch (error) {
    return handleApiError(error);
  }
}

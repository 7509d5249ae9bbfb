"use server";

import { actionError, CROSS_SITE_RESULT, invalidResult, type ActionResult } from "@/lib/cart/action-result";
import { fieldErrors } from "@/lib/errors/field-errors";
import { checkActionOrigin } from "@/lib/http/check-action-origin";
import { assertActionWithinLimit } from "@/lib/rate-limit/limit-action";
import { returnStatusHref } from "@/lib/routes/storefront";
import { hasOnlyStorableText } from "@/lib/validation/storable-text";
import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { requestReturn } from "./request-return";
import { returnRequestSchema } from "./return-request-schema";

const idSchema = z.string().min(1).max(40);
const tokenSchema = z.string().min(1).max(200);

/**
 * The return form's Server Action: the order id and token from the page's URL, and the form's
 * values. Answers with the return page's URL, or the fields to fix (never a throw). The token is
 * checked on the server inside requestReturn, with the window and the pairs left.
 */
export async function requestReturnAction(orderId: unknown, token: unknown, values: unknown): Promise<ActionResult> {
  if (!(await checkActionOrigin()).ok) return CROSS_SITE_RESULT;
  const id = idSchema.safeParse(orderId);
  const secret = tokenSchema.safeParse(token);
  if (!id.success || !secret.success) return invalidResult({ _: "Use the link from your order email." });
  if (!hasOnlyStorableText([values]))
    return invalidResult({ comment: "Remove the unusual characters from the comment." });
  const parsed = returnRequestSchema.safeParse(values);
  if (!parsed.success) return invalidResult(fieldErrors(parsed.error));
  try {
    await assertActionWithinLimit("returns");
    const created = await requestReturn(id.data, secret.data, parsed.data);
    return {
      ok: true,
      message: "Your return is requested.",
      url: returnStatusHref({ id: id.data, accessToken: secret.data }, created.id),
    };
  } catch (error) {
    return actionError(error, "Requesting a return failed");
  }
}

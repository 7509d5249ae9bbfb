import { ApiError } from "./api-error";
import { readCappedBody } from "./read-capped-body";

export const MAX_JSON_BODY_BYTES = 64 * 1024;

/** Reads a JSON body with a size cap: 413 when it is larger than `limit` bytes, 400 when it isn't JSON. */
export async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const text = (await readCappedBody(request, limit)).toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", { _: "The body must be a JSON object" });
  }
}

import { StoreError } from "@/lib/errors/store-error";
import { readCappedBody } from "./read-capped-body";

export const MAX_JSON_BODY_BYTES = 64 * 1024;

/** Reads a JSON body with a size cap: 413 when it is larger than `limit` bytes, 400 when it isn't JSON. */
export async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  return parseJsonBody((await readCappedBody(request, limit)).toString("utf8"));
}

/** The parsed body, or a 400 that says the body must be JSON. */
export function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new StoreError(400, "invalid_json", { _: "The body must be a JSON object" });
  }
}

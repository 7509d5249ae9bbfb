import "server-only";
import { StoreError } from "@/lib/errors/store-error";
import { readCappedBody } from "@/lib/http/read-capped-body";
import { readJsonBody } from "@/lib/http/read-json-body";

const MAX_BODY_BYTES = 4 * 1024;

/** The /orders/find body as a plain object, from JSON or from a no-JavaScript form post. */
export async function readFindOrderBody(request: Request): Promise<{ body: Record<string, unknown>; isForm: boolean }> {
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  if (type.startsWith("application/x-www-form-urlencoded")) {
    const text = (await readCappedBody(request, MAX_BODY_BYTES)).toString("utf8");
    return { body: Object.fromEntries(new URLSearchParams(text)), isForm: true };
  }
  if (type.startsWith("application/json")) {
    const body = await readJsonBody(request, MAX_BODY_BYTES);
    if (!body || typeof body !== "object" || Array.isArray(body))
      throw new StoreError(400, "invalid_input", { _: "The body must be a JSON object" });
    return { body: body as Record<string, unknown>, isForm: false };
  }
  // text/plain and multipart are refused: text/plain is how cross-site forms smuggle JSON.
  throw new StoreError(415, "unsupported_media_type");
}

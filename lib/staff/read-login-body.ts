import "server-only";
import { StoreError } from "@/lib/errors/store-error";
import { readCappedBody } from "@/lib/http/read-capped-body";
import { readJsonBody } from "@/lib/http/read-json-body";

const MAX_FORM_BYTES = 8 * 1024;

/** The sign-in body as a plain object, from JSON or from a no-JavaScript form post. */
export async function readLoginBody(request: Request): Promise<{ body: unknown; isForm: boolean }> {
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  if (type.startsWith("application/x-www-form-urlencoded")) {
    const text = (await readCappedBody(request, MAX_FORM_BYTES)).toString("utf8");
    return { body: Object.fromEntries(new URLSearchParams(text)), isForm: true };
  }
  if (type.startsWith("application/json")) return { body: await readJsonBody(request, MAX_FORM_BYTES), isForm: false };
  // text/plain and multipart are refused: text/plain is how cross-site forms smuggle JSON.
  throw new StoreError(415, "unsupported_media_type");
}

import "server-only";
import { ApiError } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/read-json-body";

const MAX_FORM_BYTES = 8 * 1024;

/** The sign-in body as a plain object, from JSON or from a no-JavaScript form post. */
export async function readLoginBody(request: Request): Promise<{ body: unknown; isForm: boolean }> {
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  if (type.startsWith("application/x-www-form-urlencoded")) {
    const text = await readCappedText(request, MAX_FORM_BYTES);
    return { body: Object.fromEntries(new URLSearchParams(text)), isForm: true };
  }
  if (type.startsWith("application/json")) return { body: await readJsonBody(request, MAX_FORM_BYTES), isForm: false };
  // text/plain and multipart are refused: text/plain is how cross-site forms smuggle JSON.
  throw new ApiError(415, "unsupported_media_type");
}

async function readCappedText(request: Request, limit: number): Promise<string> {
  if (Number(request.headers.get("content-length") ?? "0") > limit) throw new ApiError(413, "body_too_large");
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new ApiError(413, "body_too_large");
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

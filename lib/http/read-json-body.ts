import { ApiError } from "./api-error";

export const MAX_JSON_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON body with a size cap: 413 when it is larger than `limit` bytes (whether or not
 * Content-Length says so), 400 when it isn't JSON. Streams, so a huge body is never buffered whole.
 */
export async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new ApiError(413, "body_too_large");
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
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", { _: "The body must be a JSON object" });
  }
}

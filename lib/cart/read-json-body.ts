import { ApiError } from "@/lib/http/api-error";

/** Cart and checkout bodies are a SKU and a number; 8 KiB is generous. */
export const MAX_JSON_BODY_BYTES = 8 * 1024;

/**
 * Reads a JSON body without trusting Content-Length: the stream is cut off at the limit (413).
 * Empty bodies give `emptyValue` when one is allowed, else 400.
 */
export async function readJsonBody(request: Request, { maxBytes = MAX_JSON_BODY_BYTES, emptyValue }: { maxBytes?: number; emptyValue?: unknown } = {}): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new ApiError(413, "payload_too_large");
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new ApiError(413, "payload_too_large");
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (text === "") {
    if (emptyValue !== undefined) return emptyValue;
    throw new ApiError(400, "invalid_json", { _: "Send a JSON body" });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, "invalid_json", { _: "The body is not valid JSON" });
  }
}

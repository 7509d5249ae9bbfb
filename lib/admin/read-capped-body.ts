import "server-only";
import { ApiError } from "@/lib/http/api-error";

/** The request body as bytes, refusing (413) anything over `limit` without buffering it all. */
export async function readCappedBody(request: Request, limit: number): Promise<Buffer> {
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
  return Buffer.concat(chunks);
}

/** Multipart or urlencoded form data from a capped body. */
export async function readCappedForm(request: Request, limit: number): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type)) throw new ApiError(415, "unsupported_media_type");
  const body = await readCappedBody(request, limit);
  try {
    return await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
  } catch {
    throw new ApiError(400, "invalid_form", { _: "The form data could not be read" });
  }
}

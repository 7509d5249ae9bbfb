import { StoreError } from "@/lib/errors/store-error";

/**
 * The request body as bytes, refusing (413) anything over `limit` bytes whether or not
 * Content-Length says so. Streams, so a huge body is never buffered whole.
 */
export async function readCappedBody(request: Request, limit: number): Promise<Buffer> {
  if (Number(request.headers.get("content-length") ?? "0") > limit) throw new StoreError(413, "body_too_large");
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new StoreError(413, "body_too_large");
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

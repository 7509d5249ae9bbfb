import "server-only";
import { StoreError } from "@/lib/errors/store-error";
import { readCappedBody } from "@/lib/http/read-capped-body";

/** Multipart or urlencoded form data from a capped body. */
export async function readCappedForm(request: Request, limit: number): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type))
    throw new StoreError(415, "unsupported_media_type");
  const body = await readCappedBody(request, limit);
  try {
    return await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
  } catch {
    throw new StoreError(400, "invalid_form", { _: "The form data could not be read" });
  }
}

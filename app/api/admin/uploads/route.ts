import { NextResponse, type NextRequest } from "next/server";
import { revalidatePath } from "next/cache";
import { readCappedForm } from "@/lib/admin/read-capped-body";
import { MAX_IMAGE_BYTES } from "@/lib/admin/uploads/sniff-image-type";
import { saveProductImage } from "@/lib/admin/uploads/save-product-image";
import { handleApiError } from "@/lib/http/api-error";
import { StoreError } from "@/lib/errors/store-error";
import { STOREFRONT } from "@/lib/routes/storefront";
import { requireStaffApi } from "@/lib/staff/require-staff-api";

/** POST /api/admin/uploads: multipart {file, productId, alt}; adds a picture to a product. */
export async function POST(request: NextRequest) {
  try {
    const actor = await requireStaffApi(request);
    const form = await readCappedForm(request, MAX_IMAGE_BYTES + 64 * 1024);
    const file = form.get("file");
    if (!(file instanceof Blob)) throw new StoreError(400, "invalid_input", { file: "Choose a picture" });
    const image = await saveProductImage(
      actor,
      { productId: form.get("productId"), alt: form.get("alt") },
      new Uint8Array(await file.arrayBuffer()),
    );
    revalidatePath(STOREFRONT.shoes, "layout");
    return NextResponse.json(image, { status: 201 });
  } catch (error) {
    return handleApiError(error);
  }
}

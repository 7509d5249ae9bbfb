import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { getDb } from "@/lib/db";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { writeAudit } from "@/lib/staff/write-audit";
import { AdminError } from "../admin-error";
import { sanitizeSvg } from "./sanitize-svg";
import { MAX_IMAGE_BYTES, MAX_SVG_BYTES, sniffImageType } from "./sniff-image-type";
import { UPLOAD_NAME_PATTERN, uploadDir, uploadUrl } from "./upload-paths";

export const imageMetaSchema = z
  .object({
    productId: z.string().min(1).max(40),
    alt: z.string().trim().min(3, "Describe the picture for people who can't see it").max(200),
  })
  .strict();

/**
 * Stores an uploaded product picture under UPLOAD_DIR with a random name and adds it to the
 * product's gallery. The type is taken from the bytes, SVG is sanitized, and sizes are capped.
 */
export async function saveProductImage(
  actor: StaffActor,
  meta: unknown,
  bytes: Uint8Array,
): Promise<{ id: string; url: string }> {
  const { productId, alt } = imageMetaSchema.parse(meta);
  if (bytes.byteLength === 0) throw new AdminError("Choose a picture to upload.", { file: "Choose a file" });
  if (bytes.byteLength > MAX_IMAGE_BYTES)
    throw new AdminError("Pictures can be at most 5 MB.", { file: "Larger than 5 MB" }, 413);
  const type = sniffImageType(bytes);
  if (!type)
    throw new AdminError(
      "Upload a PNG, JPEG, WebP or SVG picture.",
      { file: "Not a PNG, JPEG, WebP or SVG image" },
      415,
    );
  let content: Uint8Array = bytes;
  if (type.ext === "svg") {
    if (bytes.byteLength > MAX_SVG_BYTES)
      throw new AdminError("SVG pictures can be at most 1 MB.", { file: "Larger than 1 MB" }, 413);
    content = Buffer.from(sanitizeSvg(Buffer.from(bytes).toString("utf8")), "utf8");
  }

  const db = getDb();
  const product = await db.product.findUnique({ where: { id: productId }, select: { id: true } });
  if (!product) throw new AdminError("That product no longer exists.", undefined, 404);
  const name = `${randomBytes(12).toString("hex")}.${type.ext}`;
  const file = path.join(uploadDir(), name);
  await mkdir(uploadDir(), { recursive: true });
  await writeFile(file, content, { flag: "wx" });
  try {
    return await db.$transaction(async (tx) => {
      const last = await tx.productImage.aggregate({ where: { productId }, _max: { position: true } });
      const image = await tx.productImage.create({
        data: { productId, url: uploadUrl(name), alt, position: (last._max.position ?? -1) + 1 },
        select: { id: true, url: true },
      });
      await writeAudit(
        {
          actorId: actor.userId,
          action: "image.add",
          entityType: "Product",
          entityId: productId,
          after: { url: image.url, alt, type: type.contentType, bytes: content.byteLength },
          ip: actor.ip,
        },
        tx,
      );
      return image;
    });
  } catch (error) {
    await unlink(file); // no row points at it; don't leave an orphan file
    throw error;
  }
}

/** Removes a picture from a product (and its file, when it was an upload). */
export async function removeProductImage(actor: StaffActor, imageId: string): Promise<{ productId: string }> {
  const image = await getDb().$transaction(async (tx) => {
    const found = await tx.productImage.findUnique({ where: { id: imageId } });
    if (!found) throw new AdminError("That picture was already removed.", undefined, 404);
    await tx.productImage.delete({ where: { id: imageId } });
    await writeAudit(
      {
        actorId: actor.userId,
        action: "image.remove",
        entityType: "Product",
        entityId: found.productId,
        before: { url: found.url, alt: found.alt },
        ip: actor.ip,
      },
      tx,
    );
    return found;
  });
  const name = image.url.startsWith("/api/uploads/") ? image.url.slice("/api/uploads/".length) : null;
  if (name && UPLOAD_NAME_PATTERN.test(name)) {
    await unlink(path.join(uploadDir(), name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
  }
  return { productId: image.productId };
}

// The image's real type from its first bytes; the browser's filename and Content-Type are
// ignored, since either can claim anything.

export type ImageType = { ext: "png" | "jpg" | "webp" | "svg"; contentType: string };

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_SVG_BYTES = 1024 * 1024;

export function sniffImageType(bytes: Uint8Array): ImageType | null {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return { ext: "png", contentType: "image/png" };
  if (starts(0xff, 0xd8, 0xff)) return { ext: "jpg", contentType: "image/jpeg" };
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === "WEBP")
    return { ext: "webp", contentType: "image/webp" };
  if (looksLikeSvg(bytes)) return { ext: "svg", contentType: "image/svg+xml" };
  return null;
}

/** Text whose first element (after an XML declaration, doctype or comments) is <svg. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.slice(0, 2048))
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  const rest = head.replace(/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, "");
  return /^<svg[\s>]/i.test(rest);
}

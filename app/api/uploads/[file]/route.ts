import { readFile } from "node:fs/promises";
import path from "node:path";
import type { NextRequest } from "next/server";
import { handleApiError, jsonError } from "@/lib/http/api-error";
import { CONTENT_TYPES, UPLOAD_NAME_PATTERN, uploadDir } from "@/lib/admin/uploads/upload-paths";

/**
 * GET /api/uploads/:file: product pictures uploaded by staff. Only names the uploader generates
 * are served (no paths), with the type fixed by the extension, nosniff, and a sandboxing CSP so
 * an SVG opened directly can't run script or load anything.
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = UPLOAD_NAME_PATTERN.exec(file);
  if (!match) return jsonError(404, "not_found");
  try {
    const bytes = await readFile(path.join(uploadDir(), file));
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": CONTENT_TYPES[match[1] as string] as string,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        // Names are random and never reused, so a file never changes.
        "Cache-Control": "public, max-age=31536000, immutable",
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return jsonError(404, "not_found");
    return handleApiError(error);
  }
}

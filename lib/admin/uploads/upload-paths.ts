import "server-only";
import path from "node:path";
import { getEnv } from "@/lib/env";

/** Stored names are random: 24 hex characters and the sniffed extension. Nothing else is served. */
export const UPLOAD_NAME_PATTERN = /^[a-f0-9]{24}\.(png|jpg|webp|svg)$/;

export const CONTENT_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
  svg: "image/svg+xml",
};

export function uploadDir(): string {
  return path.resolve(process.cwd(), getEnv().UPLOAD_DIR);
}

export function uploadUrl(name: string): string {
  return `/api/uploads/${name}`;
}

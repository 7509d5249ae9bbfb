import type { ContentVersions } from "@/lib/catalog/content-versions";

/** The versions a stored page was rendered at, as one comparable string. */
export function versionTag(versions: ContentVersions): string {
  return `${versions.catalog}:${versions.content}`;
}

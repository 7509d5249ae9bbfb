import "server-only";
import { getPool } from "@/lib/db";
import { noteDatabaseAvailable } from "@/lib/http/database-outage";
import { CONTENT_VERSIONS_SQL, type ContentVersions } from "@/lib/catalog/content-versions";
import { coalesceReads } from "@/lib/coalesce-reads";
import { remember } from "@/lib/remember";

// The catalog and content versions in one indexed read, shared by concurrent callers in this
// process (coalesceReads: nobody is answered by a read that started before they asked, so an edit
// committed before a request is seen by it).

export async function readStoreVersions(): Promise<ContentVersions> {
  // Process-wide (remember): every route bundle gets its own copy of this module, but they share it.
  const read = remember("storeVersionsRead", () =>
    coalesceReads(
      async () =>
        (await getPool().query<ContentVersions>({ name: "store-versions", text: CONTENT_VERSIONS_SQL }))
          .rows[0] as ContentVersions,
    ),
  );
  const versions = await read();
  // A read that worked ends a remembered outage (database-outage.ts), as the catalog read does.
  noteDatabaseAvailable();
  return { catalog: versions.catalog ?? "0", content: versions.content ?? "0" };
}

import pg from "pg";

// Workaround for prisma/prisma#27403: `prisma migrate` through @prisma/adapter-pg fails with
// "Column type 'name' could not be deserialized" because catalog queries return columns of
// Postgres type `name` (OID 19). Reporting them as `text` (OID 25) lets the schema engine read them.
// Used by the CLI adapter in prisma.config.ts only; the app's client doesn't need it.
const NAME_OID = 19;
const TEXT_OID = 25;

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> };

function rewriteNameFields(result: unknown): void {
  for (const item of Array.isArray(result) ? result : [result]) {
    for (const field of (item as QueryResultLike | undefined)?.fields ?? []) {
      if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
    }
  }
}

export class NameAsTextPool extends pg.Pool {
  // pg's query() has many overloads; we only wrap the promise form the adapter uses.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- matches pg's own any-typed overloads
  override query(...args: unknown[]): any {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result && typeof (result as Promise<unknown>).then === "function") {
      return (result as Promise<unknown>).then((value) => {
        rewriteNameFields(value);
        return value;
      });
    }
    return result;
  }
}

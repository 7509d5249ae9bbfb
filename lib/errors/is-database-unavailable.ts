// "The database can't be used right now" (worth a 503 and a retry, not a 500): Node socket errors;
// PostgreSQL's connection exceptions (class 08), shutdown/startup states (57P01-57P03) and too many
// connections (53300); Prisma's can't reach (P1001), timed out (P1002), connection closed (P1017),
// pool timeout (P2024) and transaction could not start or was cut off (P2028).
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  "P2028",
]);
// Raw queries ($queryRaw) fail with P2010 whatever the cause; what happened is in
// meta.driverAdapterError.cause, as @prisma/adapter-pg's kind (or the PostgreSQL code).
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_MESSAGE =
  /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|timeout exceeded when trying to connect|Can't reach database server|the database system is (shutting down|starting up|in recovery mode)|terminating connection due to administrator command|Client (has encountered a connection error|was closed) and is not queryable/i;

/** True for errors that mean "the database is unreachable right now" (worth a 503 and a retry). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const queue: unknown[] = [error];
  const seen = new Set<unknown>();
  // Breadth-first through causes and Prisma's driver adapter error; bounded, so a cycle can't loop.
  while (queue.length > 0 && seen.size < 20) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const { code, originalCode, kind, message, cause, meta } = current as Record<string, unknown>;
    if ([code, originalCode].some((value) => typeof value === "string" && UNAVAILABLE_CODES.has(value))) return true;
    if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGE.test(message)) return true;
    queue.push(cause, (meta as { driverAdapterError?: unknown } | null | undefined)?.driverAdapterError);
  }
  return false;
}

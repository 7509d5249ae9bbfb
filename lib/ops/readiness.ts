import { coalesceReads } from "@/lib/coalesce-reads";

// GET /readyz (decision 0018): may a load balancer send this process traffic? Yes when the
// database answers, every migration this release ships is applied, the job runner started here is
// still running (or runs elsewhere: JOB_RUNNER=off), and the process isn't shutting down. Every
// probe asks the database afresh (concurrent probes share one read that started after they
// arrived), with a short deadline, so the answer follows an outage both ways without a restart.

export type CheckStatus = "ok" | "failing" | "not run here";
export type Check = { status: CheckStatus; detail?: string };
export type Readiness = {
  ready: boolean;
  checks: { accepting: Check; database: Check; migrations: Check; jobRunner: Check };
};

export type ReadinessOptions = {
  /** Names of the finished, not rolled back migrations (the query is below). */
  readAppliedMigrations: () => Promise<string[]>;
  /** prisma/migrations's folders (migration-folders.ts). */
  shippedMigrations: readonly string[];
  /** null: this process runs no job runner (JOB_RUNNER=off). */
  jobRunner: { isAlive(): boolean } | null;
  timeoutMs?: number;
};

export const APPLIED_MIGRATIONS_SQL = `SELECT migration_name FROM _prisma_migrations
  WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;

const DEFAULT_TIMEOUT_MS = 2_000;

export function createReadiness(options: ReadinessOptions) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const readApplied = coalesceReads(options.readAppliedMigrations);
  let draining = false;

  return {
    /** From the first moment of a shutdown: unready, so balancers stop sending new requests. */
    markDraining(): void {
      draining = true;
    },
    async check(): Promise<Readiness> {
      const accepting: Check = draining ? { status: "failing", detail: "shutting down" } : { status: "ok" };
      const jobRunner: Check = !options.jobRunner
        ? { status: "not run here", detail: "JOB_RUNNER=off" }
        : options.jobRunner.isAlive()
          ? { status: "ok" }
          : { status: "failing", detail: "the job runner has stopped" };
      const { database, migrations } = await checkDatabase(
        () => withTimeout(readApplied(), timeoutMs),
        options.shippedMigrations,
        timeoutMs,
      );
      const checks = { accepting, database, migrations, jobRunner };
      return { ready: Object.values(checks).every((check) => check.status !== "failing"), checks };
    },
  };
}

async function checkDatabase(
  read: () => Promise<string[]>,
  shipped: readonly string[],
  timeoutMs: number,
): Promise<{ database: Check; migrations: Check }> {
  let applied: Set<string>;
  try {
    applied = new Set(await read());
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // The database answered: it has no migrations table at all.
    if (code === "42P01")
      return { database: { status: "ok" }, migrations: { status: "failing", detail: "no migration is applied" } };
    return {
      database: { status: "failing", detail: describeDatabaseError(error, timeoutMs) },
      migrations: { status: "failing", detail: "not checked: the database didn't answer" },
    };
  }
  const missing = shipped.filter((name) => !applied.has(name));
  if (missing.length === 0) return { database: { status: "ok" }, migrations: { status: "ok" } };
  return {
    database: { status: "ok" },
    migrations: {
      status: "failing",
      detail: `${missing.length} not applied: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", …" : ""}`,
    },
  };
}

/** A reason for the balancer's log, without hosts, users or the driver's whole message. */
function describeDatabaseError(error: unknown, timeoutMs: number): string {
  if (error instanceof ProbeTimeout) return `no answer within ${timeoutMs / 1000} s`;
  const code = (error as { code?: unknown }).code;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "57P03") return "the database is starting up or shutting down";
  if (code === "57P01" || code === "ECONNRESET") return "the connection was closed";
  if (/timeout/i.test(error instanceof Error ? error.message : "")) return `no answer within ${timeoutMs / 1000} s`;
  return typeof code === "string" ? `query failed (${code})` : "query failed";
}

class ProbeTimeout extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout()), ms);
  });
  work.catch(() => {}); // Settled after the deadline: nobody waits for it any more.
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

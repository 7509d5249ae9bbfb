import path from "node:path";
import { Pool } from "pg";
import { listMigrationFolders } from "@/lib/ops/migration-folders";
import { APPLIED_MIGRATIONS_SQL, createReadiness } from "@/lib/ops/readiness";

// GET /readyz's checks (decision 0018) against this file's migrated database. The server-level
// behaviour (an outage and its end, without a restart) is in production-server.test.ts.

const SHIPPED = listMigrationFolders(path.resolve(__dirname, "../../../prisma/migrations"));
const pools: Pool[] = [];

function appliedMigrationsFrom(url: string) {
  const pool = new Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 2_000, query_timeout: 2_000 });
  pool.on("error", () => {});
  pools.push(pool);
  return async () =>
    (await pool.query<{ migration_name: string }>(APPLIED_MIGRATIONS_SQL)).rows.map((row) => row.migration_name);
}

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
});

const alive = { isAlive: () => true };

it("ships the migrations it finds in prisma/migrations", () => {
  expect(SHIPPED.length).toBeGreaterThan(3);
  expect(SHIPPED).toEqual([...SHIPPED].sort());
});

it("is ready on a migrated database with the job runner running", async () => {
  const readiness = createReadiness({
    readAppliedMigrations: appliedMigrationsFrom(process.env.DATABASE_URL as string),
    shippedMigrations: SHIPPED,
    jobRunner: alive,
  });
  expect(await readiness.check()).toEqual({
    ready: true,
    checks: {
      accepting: { status: "ok" },
      database: { status: "ok" },
      migrations: { status: "ok" },
      jobRunner: { status: "ok" },
    },
  });
});

it("is unready while a migration this release ships isn't applied", async () => {
  const readiness = createReadiness({
    readAppliedMigrations: appliedMigrationsFrom(process.env.DATABASE_URL as string),
    shippedMigrations: [...SHIPPED, "29991231000000_from_the_future"],
    jobRunner: alive,
  });
  const { ready, checks } = await readiness.check();
  expect(ready).toBe(false);
  expect(checks.database).toEqual({ status: "ok" });
  expect(checks.migrations).toEqual({ status: "failing", detail: "1 not applied: 29991231000000_from_the_future" });
});

it("is unready when the database refuses, or doesn't answer in time", async () => {
  const refused = createReadiness({
    readAppliedMigrations: appliedMigrationsFrom("postgresql://store@127.0.0.1:1/store"),
    shippedMigrations: SHIPPED,
    jobRunner: alive,
  });
  expect(await refused.check()).toMatchObject({
    ready: false,
    checks: { database: { status: "failing", detail: "connection refused" }, migrations: { status: "failing" } },
  });

  const hanging = createReadiness({
    readAppliedMigrations: () => new Promise<string[]>(() => {}),
    shippedMigrations: SHIPPED,
    jobRunner: alive,
    timeoutMs: 300,
  });
  const started = Date.now();
  expect((await hanging.check()).checks.database).toEqual({ status: "failing", detail: "no answer within 0.3 s" });
  expect(Date.now() - started).toBeLessThan(2_000);
});

it("asks afresh every time: a failure isn't remembered", async () => {
  let up = false;
  const real = appliedMigrationsFrom(process.env.DATABASE_URL as string);
  const readiness = createReadiness({
    readAppliedMigrations: () =>
      up ? real() : Promise.reject(Object.assign(new Error("refused"), { code: "ECONNREFUSED" })),
    shippedMigrations: SHIPPED,
    jobRunner: alive,
  });
  expect((await readiness.check()).ready).toBe(false);
  up = true;
  expect((await readiness.check()).ready).toBe(true);
  up = false;
  expect((await readiness.check()).ready).toBe(false);
});

it("reports a stopped job runner, a runner that runs elsewhere, and a server that is shutting down", async () => {
  const read = appliedMigrationsFrom(process.env.DATABASE_URL as string);
  let running = true;
  const withRunner = createReadiness({
    readAppliedMigrations: read,
    shippedMigrations: SHIPPED,
    jobRunner: { isAlive: () => running },
  });
  running = false;
  expect(await withRunner.check()).toMatchObject({
    ready: false,
    checks: { jobRunner: { status: "failing", detail: "the job runner has stopped" } },
  });

  const elsewhere = createReadiness({ readAppliedMigrations: read, shippedMigrations: SHIPPED, jobRunner: null });
  expect(await elsewhere.check()).toMatchObject({
    ready: true,
    checks: { jobRunner: { status: "not run here", detail: "JOB_RUNNER=off" } },
  });
  elsewhere.markDraining();
  expect(await elsewhere.check()).toMatchObject({
    ready: false,
    checks: { accepting: { status: "failing", detail: "shutting down" }, database: { status: "ok" } },
  });
});

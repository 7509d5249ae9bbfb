/** @jest-environment node */
import net from "node:net";
import { answersWith } from "../../support/fit-answers";
import { waitFor } from "../../support/wait-for";
import { startRestartableDatabase, type RestartableDatabase } from "../../e2e/support/restartable-database";
import {
  describeWithServer,
  startProductionServer,
  STORE_START_TIMEOUT_MS,
  type ProductionServer,
} from "./support/production-server";

// Decision 0018 on a database of the test's own: /readyz goes unready when PostgreSQL stops and
// ready again when it is back, without a restart; and SIGTERM drains: a request in flight when
// the signal comes still gets its 200, new connections are refused, and the process exits 0.

let database: RestartableDatabase | undefined;
let server: ProductionServer | undefined;

type Readyz = { status: number; body: { status: string; checks: Record<string, { status: string; detail?: string }> } };

async function readyz(): Promise<Readyz> {
  const response = await fetch((server as ProductionServer).url("/readyz"), { signal: AbortSignal.timeout(5_000) });
  return { status: response.status, body: (await response.json()) as Readyz["body"] };
}

describeWithServer("readiness through an outage, and a graceful stop", () => {
  beforeAll(async () => {
    database = await startRestartableDatabase();
    // Without METRICS_TOKEN /metrics doesn't exist.
    server = await startProductionServer({ DATABASE_URL: database.url, METRICS_TOKEN: "" });
  }, STORE_START_TIMEOUT_MS);

  afterAll(async () => {
    await server?.stop();
    await database?.close();
  }, 60_000);

  it("has no /metrics without a token", async () => {
    const response = await fetch((server as ProductionServer).url("/metrics"));
    expect(response.status).toBe(404);
  });

  it("goes unready when the database stops, and ready again when it is back", async () => {
    expect(await readyz()).toMatchObject({ status: 200, body: { status: "ready" } });
    await database?.stop();
    const down = await waitFor("/readyz to say unready", readyz, (answer) => answer.status === 503, {
      timeoutMs: 15_000,
      intervalMs: 200,
    });
    expect(down.body).toMatchObject({
      status: "unready",
      checks: { database: { status: "failing" }, migrations: { status: "failing" }, accepting: { status: "ok" } },
    });
    // Still alive: a restart policy must not kill it for the database's outage.
    expect((await fetch((server as ProductionServer).url("/healthz"))).status).toBe(200);

    await database?.start();
    const up = await waitFor("/readyz to say ready again", readyz, (answer) => answer.status === 200, {
      timeoutMs: 30_000,
      intervalMs: 250,
    });
    expect(up.body.checks).toEqual({
      accepting: { status: "ok" },
      database: { status: "ok" },
      migrations: { status: "ok" },
      jobRunner: { status: "ok" },
    });
  }, 90_000);

  it("finishes a request in flight after SIGTERM, refuses new connections, then exits 0", async () => {
    const store = server as ProductionServer;
    const body = Buffer.from(JSON.stringify(answersWith({})));
    const half = Math.floor(body.length / 2);
    const socket = net.connect(Number(new URL(store.origin).port), "127.0.0.1");
    await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
    let answer = "";
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString()));
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.write(
      `POST /api/fit/recommendations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    socket.write(body.subarray(0, half));
    await new Promise((resolve) => setTimeout(resolve, 300));

    process.kill(store.child.pid as number, "SIGTERM");
    await waitFor("the server to stop listening", async () => !(await accepts(store.origin)), {
      timeoutMs: 5_000,
      intervalMs: 50,
    });
    // The slow client takes its time; the server waits for it.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(store.child.exitCode).toBeNull();
    // write, not end: a client's FIN before the answer would abort the request (Node's default).
    socket.write(body.subarray(half));
    // The answer says Connection: close, and the server closes the connection after it.
    await closed;

    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(answer).toContain('"status":"ok"');
    expect(await store.exited).toBe(0);
    const messages = store.logLines().map((line) => line.msg);
    expect(messages).toEqual(
      expect.arrayContaining(["SIGTERM: stopping; finishing the requests and jobs in flight.", "Stopped."]),
    );
    expect(store.output()).not.toMatch(/cut off/);
  }, 60_000);
});

/** Whether a new TCP connection to the server is accepted. */
function accepts(origin: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.connect(Number(new URL(origin).port), "127.0.0.1");
    probe.once("connect", () => {
      probe.destroy();
      resolve(true);
    });
    probe.once("error", () => resolve(false));
  });
}

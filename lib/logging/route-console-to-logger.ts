import { formatWithOptions } from "node:util";
import type { Logger } from "pino";
import { currentRequestId } from "./request-context";

// lib code logs with console.* (and its tests watch console.warn and console.error), Next logs its
// render errors with console.error, libraries write warnings the same way. In the production
// server all of it becomes JSON lines of the one logger, with the id of the request it happened
// in (decision 0018). Only scripts/serve.ts calls this; tests and `npm run dev` keep the console.

type ConsoleMethod = "debug" | "log" | "info" | "warn" | "error" | "trace";

const LEVELS: Record<ConsoleMethod, "debug" | "info" | "warn" | "error"> = {
  debug: "debug",
  log: "info",
  info: "info",
  warn: "warn",
  error: "error",
  trace: "debug",
};

export function routeConsoleToLogger(logger: Logger): void {
  for (const [method, level] of Object.entries(LEVELS) as [ConsoleMethod, (typeof LEVELS)[ConsoleMethod]][]) {
    console[method] = (...args: unknown[]) => {
      if (!logger.isLevelEnabled(level)) return;
      // One string, as the console would print it (an Error with its stack and cause); the
      // logger's last pass scrubs it (scrub-log-text.ts).
      const msg = formatWithOptions({ colors: false, depth: 4, breakLength: Infinity }, ...args);
      const requestId = currentRequestId();
      logger[level](requestId ? { requestId, source: "console" } : { source: "console" }, msg);
    };
  }
}

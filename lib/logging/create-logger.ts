import pino, { type DestinationStream, type Logger } from "pino";
import { scrubLogText } from "./scrub-log-text";

// The production server's logger (scripts/serve.ts, decision 0018): one JSON object per line,
// info and below on stdout, warnings and errors on stderr (so a supervisor, or a test, that
// watches stderr sees exactly the problems). Every line passes scrubLogText on its way out.

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

export type LoggerOptions = {
  level?: LogLevel;
  /** Values to blank out wherever they appear (the metrics token, the webhook secret). */
  secrets?: readonly string[];
  /** Where lines go; defaults to stdout (below warn) and stderr (warn and above). */
  streams?: { out: DestinationStream; problems: DestinationStream };
};

/**
 * Paths that are censored if a structured field ever carries a request, a response or headers.
 * The server logs none of these on purpose (an access line names method, path, status, timing and
 * ids only); this keeps it so for code that logs `{ req }` later.
 */
export const REDACTED_PATHS = [
  "req.headers.cookie",
  "req.headers.authorization",
  'req.headers["stripe-signature"]',
  'req.headers["x-metrics-token"]',
  'res.headers["set-cookie"]',
  "headers.cookie",
  "headers.authorization",
  'headers["stripe-signature"]',
  'headers["set-cookie"]',
  "body",
  "req.body",
  "answers",
  "email",
  "password",
  "token",
];

export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 8);
  const streams = options.streams ?? {
    out: pino.destination({ dest: 1, sync: true }),
    problems: pino.destination({ dest: 2, sync: true }),
  };
  return pino(
    {
      level: options.level ?? "info",
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      hooks: { streamWrite: (line) => scrubLogText(line, secrets) },
    },
    pino.multistream(
      [
        { level: "trace", stream: streams.out },
        { level: "warn", stream: streams.problems },
      ],
      { dedupe: true },
    ),
  );
}

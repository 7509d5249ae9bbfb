// A console.error or an unexpected console.warn during a test is a bug we haven't noticed yet, so
// it fails the test. A test that warns on purpose declares it first with expectWarning(/pattern/).
import { format } from "node:util";
import { claimWarning, takeUnmetWarnings } from "./expect-warning";

const originalError = console.error;
const originalWarn = console.warn;
let unexpectedWarnings: string[] = [];

beforeEach(() => {
  unexpectedWarnings = [];
  console.error = (...args: unknown[]) => {
    originalError(...args);
    throw new Error(`console.error was called: ${args.map(String).join(" ").slice(0, 500)}`);
  };
  // Recorded and failed after the test rather than thrown here: a throw would change what the
  // code under test does next (many warnings are logged inside a catch).
  console.warn = (...args: unknown[]) => {
    const message = format(...args);
    if (claimWarning(message)) return;
    originalWarn(...args);
    unexpectedWarnings.push(message);
  };
});

afterEach(() => {
  console.error = originalError;
  console.warn = originalWarn;
  const unmet = takeUnmetWarnings();
  if (unexpectedWarnings.length > 0)
    throw new Error(
      `console.warn was called without expectWarning() (tests/support/expect-warning.ts):\n${unexpectedWarnings
        .map((message) => `  ${message.slice(0, 500)}`)
        .join("\n")}`,
    );
  if (unmet.length > 0) throw new Error(`expected a console.warn matching ${unmet.join(", ")}, but none came`);
});

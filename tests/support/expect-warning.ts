// Lets a test warn on purpose. tests/support/fail-on-console-output.ts fails a test on any
// console.warn that no expectWarning() of that test covers, and on an expected warning that never came.

type Expectation = { pattern: RegExp; messages: string[] };

// On globalThis rather than in this module, so a test that calls jest.resetModules() still shares
// the list with the setup file.
const holder = globalThis as unknown as { expectedWarnings?: Expectation[] };

/**
 * Allows console.warn messages matching `pattern` during this test, and fails the test if none
 * comes. Returns the matching messages as they arrive, for assertions on how many and what.
 */
export function expectWarning(pattern: RegExp): string[] {
  const expectation: Expectation = { pattern, messages: [] };
  (holder.expectedWarnings ??= []).push(expectation);
  return expectation.messages;
}

/** Whether an expected pattern covers `message` (then it is recorded there). */
export function claimWarning(message: string): boolean {
  const expectation = holder.expectedWarnings?.find(({ pattern }) => pattern.test(message));
  expectation?.messages.push(message);
  return expectation !== undefined;
}

/** The expected patterns that matched no warning; forgets every expectation, for the next test. */
export function takeUnmetWarnings(): RegExp[] {
  const unmet = (holder.expectedWarnings ?? []).filter(({ messages }) => messages.length === 0);
  holder.expectedWarnings = [];
  return unmet.map(({ pattern }) => pattern);
}

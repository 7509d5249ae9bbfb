// One polling helper for every test that waits on something the code does in the background
// (webhook deliveries, the email outbox, a server coming back).

type WaitOptions = { timeoutMs?: number; intervalMs?: number };

/**
 * Reads until the value is truthy, or passes `until`, and returns it. After `timeoutMs` it throws,
 * naming `what` it waited for and the last value read.
 */
export function waitFor<T>(
  what: string,
  read: () => Promise<T | null | undefined | false>,
  options?: WaitOptions,
): Promise<T>;
export function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  until: (value: T) => boolean,
  options?: WaitOptions,
): Promise<T>;
export async function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  untilOrOptions?: ((value: T) => boolean) | WaitOptions,
  maybeOptions?: WaitOptions,
): Promise<T> {
  const until = typeof untilOrOptions === "function" ? untilOrOptions : Boolean;
  const options = typeof untilOrOptions === "function" ? maybeOptions : untilOrOptions;
  const { timeoutMs = 10_000, intervalMs = 50 } = options ?? {};
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (until(value)) return value;
    if (Date.now() > deadline)
      throw new Error(
        `Timed out after ${timeoutMs / 1000} s waiting for ${what}; last value: ${JSON.stringify(value)?.slice(0, 500)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * The store's one error type: a failure someone can act on, thrown anywhere from lib/ and turned
 * into an answer by describeError() and its adapters (JSON reply, shopper or staff action state).
 * `code` is the machine word a JSON reply carries as `error`; `fields` name what to fix, field by
 * field ("_" for the whole request); `userMessage` is a sentence to show as it is, for throwers
 * that wrote one (staff errors do; shopper errors put their sentences in `fields`).
 */
export class StoreError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly fields?: Record<string, string>,
    readonly userMessage?: string,
  ) {
    super(userMessage ?? code);
  }
}

/** A failure the staff member can act on; its message is shown as-is. */
export class AdminError extends Error {
  constructor(
    message: string,
    readonly fields?: Record<string, string>,
    readonly status = 400,
  ) {
    super(message);
  }
}

// What every admin Server Action returns, for useActionState and the aria-live status line.
export type ActionState = {
  ok: boolean;
  message: string;
  /** Field name → message, shown next to the field. */
  fields?: Record<string, string>;
  /** Set by actions that create something, so the form can navigate to it. */
  id?: string;
};

export const IDLE_STATE: ActionState = { ok: false, message: "" };

// A Server Action's arguments arrive as a React "reply". Called with simple values, React's client
// sends one JSON row (text/plain): the argument list, where a string starting with "$" is a
// reference to another row or a special value, and a real "$" is escaped as "$$". Next decodes it
// with React's decodeReply before any of our code runs, and answers 500 when that fails: a body
// that isn't JSON or isn't a list, a reference to a row a one-row body doesn't have ("${7*7}",
// "$Q1", "$@2"), a malformed BigInt, nesting deep enough to overflow the stack, or more than
// 1,000 arguments. This accepts exactly the rows React's encodeReply makes from plain values, and,
// in a multipart reply, references to FormData arguments ("$K1": the fields named "1_...").

/** "$$…" (an escaped "$"), undefined, Infinity, -0 / -Infinity, NaN and dates: nothing to look up. */
const SELF_CONTAINED = /^\$[$uIND-]/;
/** React refuses BigInts of more than 300 digits, and BigInt() throws on anything but digits. */
const BIG_INT = /^\$n-?\d{1,300}$/;
/** A FormData argument of a multipart reply: built from the fields named "<id>_...", none needed. */
const FORM_DATA = /^\$K[0-9a-f]{1,8}$/;
/** Far deeper than any form of ours; shallow enough that React's recursive decoder can't overflow. */
const MAX_DEPTH = 64;
/** Next's SERVER_ACTION_ARGS_LIMIT. */
const MAX_ARGUMENTS = 1000;

export function isDecodableReply(text: string, { formDataArguments = false } = {}): boolean {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return false;
  }
  if (!Array.isArray(root) || root.length > MAX_ARGUMENTS) return false;
  const pending: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (pending.length > 0) {
    const { value, depth } = pending.pop() as { value: unknown; depth: number };
    if (typeof value === "string") {
      if (
        value.startsWith("$") &&
        !SELF_CONTAINED.test(value) &&
        !BIG_INT.test(value) &&
        !(formDataArguments && FORM_DATA.test(value))
      )
        return false;
    } else if (value !== null && typeof value === "object") {
      if (depth >= MAX_DEPTH) return false;
      for (const child of Object.values(value)) pending.push({ value: child, depth: depth + 1 });
    }
  }
  return true;
}

// PostgreSQL text can't hold U+0000 (error 22021), and a lone UTF-16 surrogate (from a JSON
// "\ud800" escape) has no UTF-8 form at all: Prisma fails on it before the query is sent. Both
// are client garbage, so they are refused at the boundary instead of becoming a 500.

/** True when `value` can be stored and searched as PostgreSQL text. */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}

/** At most this many values are looked at; arguments holding more are refused. */
const MAX_NODES = 50_000;

/**
 * True when every string in `value` (object keys included, FormData entries too) is storable.
 * Iterative, with that budget, so a 5,000-deep array or a huge object can't exhaust the stack.
 */
export function hasOnlyStorableText(value: unknown): boolean {
  const pending: unknown[] = [value];
  for (let visited = 0; pending.length > 0; visited++) {
    if (visited > MAX_NODES) return false;
    const current = pending.pop();
    if (typeof current === "string") {
      if (!isStorableText(current)) return false;
    } else if (current instanceof FormData) {
      for (const [key, entry] of current.entries()) pending.push(key, typeof entry === "string" ? entry : entry.name);
    } else if (Array.isArray(current)) {
      if (current.length > MAX_NODES) return false;
      for (const item of current) pending.push(item);
    } else if (current !== null && typeof current === "object") {
      for (const [key, entry] of Object.entries(current)) pending.push(key, entry);
    }
  }
  return true;
}

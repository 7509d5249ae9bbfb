import type { ZodError } from "zod";

/** Zod issues as {"size.value": "message"}; the first message per path wins. */
export function fieldErrors(error: ZodError): Record<string, string> {
  // Collected in a Map, so a field named "constructor" or "__proto__" gets its message like any
  // other. Object.fromEntries then defines each key as an own property (never the prototype
  // setter) on a plain object: React can send that from a Server Action, unlike a null prototype.
  const fields = new Map<string, string>();
  for (const issue of error.issues) {
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of paths) {
      const key = path.length > 0 ? path.map(String).join(".") : "_";
      if (!fields.has(key)) fields.set(key, issue.code === "unrecognized_keys" ? "Unknown field" : issue.message);
    }
  }
  return Object.fromEntries(fields);
}

import type { z } from "zod";

// Turns a zod error into { "size.value": "Enter a US size from 4 to 16, in half sizes" }, the
// shape of the API's 400 body and of the quiz form's inline errors. First message per path wins.

type Issue = z.core.$ZodIssue;

/** Key for problems with the body as a whole (not an object, say). */
export const ROOT_FIELD = "_root";

export function fieldErrorsFrom(error: { issues: readonly Issue[] }): Record<string, string> {
  // A Map, not a plain object: an unknown key named "__proto__" or "constructor" must be
  // reported like any other, not swallowed by Object.prototype. fromEntries defines own keys.
  const fields = new Map<string, string>();
  for (const [path, message] of flattenIssues(error.issues, [])) {
    const key = path.length > 0 ? path.map(String).join(".") : ROOT_FIELD;
    if (!fields.has(key)) fields.set(key, message);
  }
  return Object.fromEntries(fields);
}

function flattenIssues(issues: readonly Issue[], prefix: PropertyKey[]): Array<[PropertyKey[], string]> {
  return issues.flatMap((issue): Array<[PropertyKey[], string]> => {
    const path = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => [[...path, key], "Unknown field"]);
    }
    if (issue.code === "invalid_union") {
      const branch = pickUnionBranch(issue.errors);
      return branch ? flattenIssues(branch, path) : [[path, issue.message]];
    }
    return [[path, issue.message]];
  });
}

/**
 * When every branch of a union fails, report the branch the input was clearly aiming at: the
 * one whose keys were all recognised and whose failures are inside it (a wrong size system,
 * say). If no branch qualifies, the union's own message is clearer than a guess.
 */
function pickUnionBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | null {
  const aimed = branches.filter((issues) =>
    issues.every((issue) => issue.code !== "unrecognized_keys" && issue.path.length > 0),
  );
  return aimed.length === 1 ? (aimed[0] ?? null) : null;
}

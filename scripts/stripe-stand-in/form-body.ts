// Decodes the form bodies stripe-node sends (`line_items[0][price_data][unit_amount]=12995`) into
// nested objects and arrays, the way Stripe's API reads them. Values stay strings, as on the wire.

export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

/** "a[b][0][c]" → ["a", "b", "0", "c"]. */
function splitKey(key: string): string[] {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match) return [key];
  const rest = [...(match[2] ?? "").matchAll(/\[([^[\]]*)\]/g)].map((part) => part[1] ?? "");
  return [match[1] ?? key, ...rest];
}

function setPath(target: FormObject, path: string[], value: string): void {
  let node: FormObject = target;
  path.forEach((segment, index) => {
    if (index === path.length - 1) {
      node[segment] = value;
      return;
    }
    const existing = node[segment];
    const next: FormObject = existing && typeof existing === "object" && !Array.isArray(existing) ? existing : {};
    node[segment] = next;
    node = next;
  });
}

/** Objects whose keys are exactly 0..n-1 become arrays (stripe-node's indexed array format). */
function toArrays(value: FormValue): FormValue {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const converted: FormObject = {};
  for (const key of keys) converted[key] = toArrays(value[key] as FormValue);
  const isList = keys.length > 0 && keys.every((key, index) => key === String(index));
  return isList ? keys.map((key) => converted[key] as FormValue) : converted;
}

export function decodeFormBody(body: string): FormObject {
  const result: FormObject = {};
  for (const [key, value] of new URLSearchParams(body)) setPath(result, splitKey(key), value);
  return toArrays(result) as FormObject;
}

import { INPUT_CLASS } from "./field";

/** The search box of an admin list's filter form (a GET form): the `q` parameter, with its help line. */
export function FilterSearchField({ label = "Search", help, value }: { label?: string; help: string; value: string }) {
  return (
    <div>
      <label htmlFor="q" className="block font-semibold">
        {label}
      </label>
      <input id="q" name="q" type="search" defaultValue={value} aria-describedby="q-help" className={INPUT_CLASS} />
      <p id="q-help" className="text-sm text-muted">
        {help}
      </p>
    </div>
  );
}

// What every `npm run bench*` script shares: number flags, stopping what it started on Ctrl-C,
// and printing a markdown table.

/** `--flag N` from argv, a positive whole number, or the fallback when the flag is absent. */
export function positiveIntegerFlag(argv: readonly string[], flag: string, fallback: number): number {
  const at = argv.indexOf(flag);
  if (at < 0) return fallback;
  const value = Number(argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${flag} needs a positive whole number`);
  return value;
}

/**
 * On SIGINT or SIGTERM, runs `stop` (whatever has been started so far) and exits 130. Returns a
 * function that removes the handlers, for a script that goes on after the part it guards.
 */
export function stopOnSignal(stop: () => Promise<void> | undefined): () => void {
  const onSignal = () => {
    console.log("\nInterrupted: stopping what this benchmark started.");
    void (stop() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return () => {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  };
}

export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, col) => Math.max(title.length, ...rows.map((row) => (row[col] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

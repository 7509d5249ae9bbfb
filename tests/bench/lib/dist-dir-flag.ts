/**
 * `--dist-dir <folder>` from argv, or the benchmark's own folder. With `--skip-build` it serves a
 * build made elsewhere (the browser tests' .next-e2e, say), sparing a shared machine a second
 * `next build` of the same sources.
 */
export function distDirFlag(argv: readonly string[], fallback: string): string {
  const at = argv.indexOf("--dist-dir");
  if (at < 0) return fallback;
  const folder = argv[at + 1];
  if (!folder || folder.startsWith("--")) throw new Error("--dist-dir needs a folder");
  return folder;
}

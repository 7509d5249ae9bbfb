import path from "node:path";

/**
 * The arguments (after `node`) that run the store's web server: the production server with the
 * page cache (scripts/serve.ts), or `next dev`. Next's own entry point rather than `npx next`,
 * because npx doesn't pass a SIGTERM on to the server.
 */
export function webServerArgs(options: { dev: boolean; port: number; hostname?: string }): string[] {
  const host = options.hostname ? ["-H", options.hostname] : [];
  if (options.dev) return [require.resolve("next/dist/bin/next"), "dev", "-p", String(options.port), ...host];
  return ["--import", "tsx", path.join(__dirname, "..", "serve.ts"), "-p", String(options.port), ...host];
}

import Module from "node:module";

// lib/ modules that must never reach a browser start with `import "server-only"`, a marker for
// Next's bundler. Outside Next's "react-server" condition the package throws when imported, so
// the production server, which is the server, registers it as an empty module before it loads
// lib/ code of its own (direct-routes.ts).
export function allowServerOnlyImports(): void {
  const id = require.resolve("server-only");
  if (require.cache[id]) return;
  const empty = new Module(id);
  empty.filename = id;
  empty.loaded = true;
  empty.exports = {};
  require.cache[id] = empty;
}

import { config } from "zod";

// Imported (for its effect) by every schema module before "zod" itself, so it runs before any
// schema is built. In the browser zod's default probes for eval support with `new Function`; the
// store's CSP forbids eval, and Chrome reports the blocked probe as a CSP issue (Lighthouse best
// practices) even though zod catches it. Jitless parsing skips the probe. The server keeps zod's
// faster compiled parsers. Only `config` is imported here: re-exporting zod's `z` namespace from
// this module would make bundlers keep all of zod, locales included (about 60 kB gzipped).
if (typeof window !== "undefined") config({ jitless: true });

import { z } from "zod";

// Every schema module imports z from here rather than from "zod", so this runs before any
// schema is built. In the browser zod's default probes for eval support with `new Function`;
// the store's CSP forbids eval, and Chrome reports the blocked probe as a CSP issue (Lighthouse
// best practices) even though zod catches it. Jitless parsing skips the probe. The server keeps
// zod's faster compiled parsers.
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };

// A module that imports zod must first import lib/validation/browser-zod-config, so zod's
// jitless setting is applied before any schema is built (that module's comment says why).
const CONFIG = /(^@\/lib\/validation\/browser-zod-config$)|(\/browser-zod-config$)/;

/** @type {import("eslint").Rule.RuleModule} */
const zodConfigFirst = {
  meta: {
    type: "problem",
    docs: { description: "Import the browser zod config before zod itself" },
    messages: {
      missing:
        'Import "@/lib/validation/browser-zod-config" before "{{source}}" (it must run before any schema is built).',
    },
    schema: [],
  },
  create(context) {
    if (/lib\/validation\/browser-zod-config\.ts$/.test(context.filename)) return {};
    let configSeen = false;
    return {
      ImportDeclaration(node) {
        const source = String(node.source.value);
        // typescript-eslint's parser adds importKind ("type" for `import type`); ESTree's type lacks it.
        const { importKind } = /** @type {{ importKind?: "type" | "value" }} */ (node);
        if (CONFIG.test(source)) configSeen = true;
        else if ((source === "zod" || source.startsWith("zod/")) && importKind !== "type" && !configSeen) {
          context.report({ node, messageId: "missing", data: { source } });
        }
      },
    };
  },
};

export default zodConfigFirst;

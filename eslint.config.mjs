// ESLint: Next's recommended rules (core web vitals, TypeScript) plus the store's own
// conventions as rules, so they hold without anyone remembering them.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import zodConfigFirst from "./eslint-rules/zod-config-first.mjs";

const storeLinkOnly = {
  name: "next/link",
  message: "Use StoreLink (components/ui/store-link.tsx): it turns prefetch off (decision 0011).",
};

// Imports point one way: app → components → lib. Server Actions live in lib/<domain> so forms
// can import them without reaching up into app/. `regex` also catches relative paths (../../app).
const noAppImports = {
  regex: "^(@/|(\\.\\./)+)app(/|$)",
  message: "components/ and lib/ don't import from app/: move what you need into lib/ (Server Actions: lib/<domain>/).",
};
const noComponentImports = {
  regex: "^(@/|(\\.\\./)+)components(/|$)",
  message: "lib/ doesn't import from components/: UI depends on lib, not the other way round.",
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      ".next-*/**",
      "test-results/**",
      ".data/**",
      "public/**",
      "next-env.d.ts",
    ],
  },
  {
    plugins: { store: { rules: { "zod-config-first": zodConfigFirst } } },
    rules: {
      "store/zod-config-first": "error",
      "no-restricted-imports": ["error", { paths: [storeLinkOnly] }],
      // A leading underscore marks a value that is unused on purpose (a required parameter, a
      // field left out of a rest spread).
      "@typescript-eslint/no-unused-vars": [
        "warn",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  // ESLint keeps only the last no-restricted-imports setting that matches a file, so each group
  // repeats the restrictions that still apply to it.
  {
    files: ["components/**"],
    rules: { "no-restricted-imports": ["error", { paths: [storeLinkOnly], patterns: [noAppImports] }] },
  },
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [storeLinkOnly], patterns: [noAppImports, noComponentImports] }],
    },
  },
  {
    files: ["components/ui/store-link.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [noAppImports] }] },
  },
  {
    // Tests aren't React: a function named use… there is a Jest lifecycle helper, not a hook.
    files: ["tests/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // CommonJS files that Node or Jest load as they are.
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];

export default config;

import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import zodConfigFirst from "./eslint-rules/zod-config-first.mjs";

export default [
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
    rules: { "store/zod-config-first": "error" },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["components/ui/store-link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/link",
              message: "Use StoreLink (components/ui/store-link.tsx): it turns prefetch off (decision 0011).",
            },
          ],
        },
      ],
    },
  },
];

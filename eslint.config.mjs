// ESLint 9 flat config, picked up by `office-addin-lint check|fix` (npm run lint) and by plain `npx eslint`.
//
// Base: eslint-plugin-office-addins' "react" config (its recommended Office.js rules, eslint:recommended,
// Prettier as a lint rule, React recommended), then typescript-eslint's recommended rules. The plugin only
// targets *.{js,mjs,cjs,ts,cts,mts}; the block for *.tsx below applies the same Office.js and Prettier rules to
// React components.
import officeAddins from "eslint-plugin-office-addins";
import reactPlugin from "eslint-plugin-react";
import prettierPlugin from "eslint-plugin-prettier";
import tseslint from "typescript-eslint";

/** The rules the plugin's recommended config sets for the files it targets. */
const officeAddinsRules = Object.assign(
  {},
  ...officeAddins.configs.recommended
    .filter((c) => c.rules && c.plugins?.["office-addins"])
    .map((c) => c.rules)
);

const PURE_ENGINE =
  "src/core is the pure engine: the task pane, the command-line tool and the tests all run this same code, " +
  "so it must not depend on Office.js, React, Fluent UI, exceljs, docx or the adapters around it. " +
  "Go through the ports in src/core (e.g. the WorkbookGateway) and let the adapter implement them.";

export default [
  {
    ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "out/**", "test-output/**"],
  },

  ...officeAddins.configs.react,
  reactPlugin.configs.flat["jsx-runtime"], // tsconfig "jsx": "react-jsx": no React import needed for JSX
  ...tseslint.configs.recommended,

  {
    files: ["**/*.tsx"],
    plugins: {
      "@typescript-eslint": tseslint.plugin,
      "office-addins": officeAddins,
      prettier: prettierPlugin,
    },
    languageOptions: {
      parser: tseslint.parser,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: officeAddinsRules,
  },

  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: {
      ecmaVersion: "latest",
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { prefer: "type-imports", fixStyle: "inline-type-imports" },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },

  {
    settings: {
      react: { version: "detect" },
    },
    rules: {
      // typescript-eslint 8.8 (pinned by eslint-plugin-office-addins) crashes on ESLint >= 9.15 when this rule
      // runs with default options; spelling the options out avoids the crash and keeps the rule on.
      "@typescript-eslint/no-unused-expressions": [
        "error",
        { allowShortCircuit: false, allowTernary: false, allowTaggedTemplates: false, enforceForJSX: false },
      ],
    },
  },

  // Node scripts and config files (CommonJS).
  {
    files: ["*.js", "*.cjs", "scripts/**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
    },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
    },
  },

  // src/xlsx works on exceljs objects, not Office.js proxies: the plugin's load/sync rules only see names
  // (a `cell` read before `context.sync()`) and misfire there.
  {
    files: ["src/xlsx/**/*.{ts,tsx}", "src/export/**/*.ts", "src/cli/**/*.ts", "test/export/**/*.ts", "test/cli/**/*.ts", "test/xlsx/**/*.ts"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/no-empty-load": "off",
      "office-addins/no-navigational-load": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },

  // The engine stays pure.
  {
    files: ["src/core/**/*.{ts,tsx,js,mjs}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "react", message: PURE_ENGINE },
            { name: "react-dom", message: PURE_ENGINE },
            { name: "exceljs", message: PURE_ENGINE },
            { name: "docx", message: PURE_ENGINE },
            { name: "office-js", message: PURE_ENGINE },
            { name: "@microsoft/office-js", message: PURE_ENGINE },
            { name: "@types/office-js", message: PURE_ENGINE },
            { name: "office-addin-mock", message: PURE_ENGINE },
          ],
          patterns: [
            {
              group: [
                "react/*",
                "react-dom/*",
                "exceljs/*",
                "docx/*",
                "@fluentui/*",
                "@microsoft/office-js/*",
                "office-js/*",
              ],
              message: PURE_ENGINE,
            },
            {
              // Relative imports that leave src/core for an adapter or the UI: ../excel, ../../xlsx/read, ...
              regex: "^(\\.\\./)+(excel|xlsx|taskpane|cli|export|exports|docx|commands|ui)(/|$)",
              message: PURE_ENGINE,
            },
            {
              regex: "(^|/)src/(excel|xlsx|taskpane|cli|export|exports|docx|commands|ui)(/|$)",
              message: PURE_ENGINE,
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: PURE_ENGINE },
        { name: "Excel", message: PURE_ENGINE },
      ],
    },
  },
];

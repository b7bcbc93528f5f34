// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import noUnsanitized from "eslint-plugin-no-unsanitized";

/** What src/core may not import: it must stay pure (no Office, exceljs, Node or DOM). */
const coreForbidden = {
  patterns: [
    { group: ["node:*"], message: "src/core is pure TypeScript: no Node modules." },
    { group: ["exceljs", "exceljs/*"], message: "src/core may not import exceljs; use src/cli/xlsx." },
    {
      group: ["office-js", "@microsoft/office-js", "office-addin-*"],
      message: "src/core may not import Office.",
    },
    {
      group: ["**/taskpane/**", "**/cli/**", "**/functions/**", "**/commands/**"],
      message: "src/core may not import front ends.",
    },
  ],
  paths: [
    "fs",
    "path",
    "os",
    "child_process",
    "worker_threads",
    "stream",
    "crypto",
    "url",
    "util",
    "zlib",
    "http",
    "https",
  ].map((name) => ({ name, message: "src/core is pure TypeScript: no Node modules." })),
};

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "dist-tsc/", "coverage/", "test-output/", "**/*.d.ts"] },
  js.configs.recommended,
  // Type-aware rules for the TypeScript sources (floating promises, misused promises, unsafe any …);
  // the JavaScript files are linted without type information.
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ["**/*.{ts,mts,cts}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  { files: ["**/*.{js,mjs,cjs}"], ...tseslint.configs.disableTypeChecked },
  {
    // Tests, benches and scripts read untyped JSON fixtures, exceljs cells and fakes of Office's API:
    // the type-aware rules about `any` and stringification flag that on purpose-built data, not bugs.
    // The production code in src/ keeps every rule.
    files: ["test/**/*.ts", "bench/**/*.ts", "scripts/**/*.ts"],
    rules: {
      "@typescript-eslint/no-base-to-string": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/prefer-promise-reject-errors": "off",
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: {
      // Excel shows a custom message only for a thrown CustomFunctions.Error, whose declaration
      // (@types/custom-functions-runtime) does not extend Error.
      "@typescript-eslint/only-throw-error": [
        "error",
        { allow: [{ from: "package", package: "@types/custom-functions-runtime", name: "Error" }] },
      ],
    },
  },
  {
    files: ["**/*.{ts,mts,cts,js,mjs,cjs}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
    },
  },
  {
    // Text from cells goes on screen: no HTML built from strings anywhere in the sources (innerHTML,
    // outerHTML, insertAdjacentHTML, document.write, += included), and no code built from strings.
    files: ["src/**/*.ts"],
    plugins: { "no-unsanitized": noUnsanitized },
    rules: {
      "no-unsanitized/property": "error",
      "no-unsanitized/method": "error",
      "no-new-func": "error",
    },
  },
  {
    // Tests name A1 columns with src/core/address: a letter from fromCharCode(65 + col) is wrong past Z.
    files: ["test/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/^(fromCharCode|charCodeAt)$/]",
          message: "Use columnName / toA1 / fromA1 / parseRange from src/core/address for A1 addresses.",
        },
      ],
    },
  },
  {
    // src/check and src/readers run in the CLI, its workers and the browser's review page: as pure as
    // the core (they may import it), so no Node, DOM, Office or exceljs there either.
    files: ["src/core/**/*.ts", "src/check/**/*.ts", "src/readers/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", coreForbidden],
      // DOM and Node globals are off limits in the core too.
      "no-restricted-globals": [
        "error",
        ...[
          "window",
          "document",
          "navigator",
          "localStorage",
          "process",
          "Buffer",
          "require",
          "__dirname",
          "Office",
          "Excel",
        ].map((name) => ({ name, message: "src/core is pure TypeScript: no DOM, Node or Office globals." })),
      ],
    },
  },
  {
    files: ["**/*.{js,cjs}", "bin/**"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["scripts/**/*.mjs", "webpack.config.js"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        require: "readonly",
        module: "writable",
      },
    },
  },
);

// ESLint for the SPA: TypeScript's recommended rules, the rules of hooks, and the feature wall (bulletproof-react):
// a feature imports from components/ and lib/, never from another feature. `make test` runs it with zero warnings.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import { readdirSync } from "node:fs";
import globals from "globals";
import tseslint from "typescript-eslint";

const features = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** One block per feature: any `@/features/...` or relative `../../<other>` import other than its own is refused. */
const featureWalls = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["@/features/*", `!@/features/${feature}`, `!@/features/${feature}/**`],
            message: "A feature does not import another feature; move what both need to components/ or lib/.",
          },
          {
            group: [
              "../../*",
              "!../../api",
              "!../../api/**",
              "!../../components",
              "!../../components/**",
              "!../../model",
              "!../../model/**",
              "!../../routes",
              "!../../routes/**",
            ],
            message: "A feature does not import another feature; move what both need to components/ or lib/.",
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ["dist", "node_modules", "src/lib/api/schema.d.ts", "playwright-report", "test-results", "e2e/.state"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // components/ and lib/ are shared by features: they import no feature at all.
    files: ["src/components/**/*.{ts,tsx}", "src/lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/features/*"], message: "Shared code does not depend on a feature." }] },
      ],
    },
  },
  {
    // Build scripts run on Node.
    files: ["scripts/**/*.{js,mjs}", "*.{js,mjs}"],
    languageOptions: { globals: globals.node },
  },
  ...featureWalls,
);

// Lint: typescript-eslint's recommended rules plus the layering of STYLE.md, enforced per folder.
// The same layering is checked again by tests/architecture/import-boundaries.test.ts.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const restrict = (patterns, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "server/generated/", "coverage/", "bench-results/", ".tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly", __dirname: "readonly", require: "readonly", window: "readonly", document: "readonly" } },
    rules: {
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["server/contract/**"],
    rules: restrict(["**/domain/**", "**/store/**", "**/usecases/**", "**/http/**", "express", "@prisma/*", "**/generated/**", "node:*"], "contract imports only zod"),
  },
  {
    files: ["server/domain/**"],
    rules: restrict(["**/store/**", "**/usecases/**", "**/http/**", "express", "@prisma/*", "**/generated/**", "node:fs", "node:fs/*", "node:http"], "the domain is pure: no I/O, no Express, no Prisma"),
  },
  {
    files: ["server/usecases/**"],
    rules: restrict(["**/http/**", "express", "@prisma/*", "**/generated/**"], "use cases reach the database only through store/"),
  },
  {
    files: ["server/http/**"],
    rules: restrict(["**/store/**", "@prisma/*", "**/generated/**"], "HTTP handlers call use cases, never the store"),
  },
  {
    files: ["client/**"],
    rules: restrict(["**/server/domain/**", "**/server/store/**", "**/server/usecases/**", "**/server/http/**", "express", "@prisma/*"], "the client imports only server/contract"),
  },
  {
    files: ["client/state/**", "client/panels/**", "client/api/**"],
    rules: restrict(["cytoscape", "cytoscape-*", "**/server/domain/**", "**/server/store/**", "**/server/usecases/**", "**/server/http/**"], "only client/graph/ touches Cytoscape"),
  },
);

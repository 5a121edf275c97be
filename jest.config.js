/** Jest runs TypeScript through SWC; type-checking is `npm run typecheck`. */
module.exports = {
  testEnvironment: "node",
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic", importSource: "preact" } } } },
    ],
  },
  // ESM-only packages that Jest must transform.
  transformIgnorePatterns: ["/node_modules/(?!(@chevrotain|chevrotain|lodash-es|@hpcc-js|@argdown|preact|approx-string-match)/)"],
  // These packages export only an "import" condition, which Jest's require cannot resolve.
  moduleNameMapper: {
    "^@chevrotain/([a-z-]+)$": "<rootDir>/node_modules/@chevrotain/$1/lib/src/api.js",
    "^@argdown/highlightjs$": "<rootDir>/node_modules/@argdown/highlightjs/dist/index.js",
  },
  testMatch: ["<rootDir>/tests/**/*.test.ts", "<rootDir>/tests/**/*.test.tsx"],
  setupFiles: [],
  testTimeout: 30_000,
  maxWorkers: 2,
};

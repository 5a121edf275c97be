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
  transformIgnorePatterns: ["/node_modules/(?!(@argdown|preact|approx-string-match)/)"],
  testMatch: ["<rootDir>/tests/**/*.test.ts", "<rootDir>/tests/**/*.test.tsx"],
  setupFiles: [],
  testTimeout: 30_000,
  maxWorkers: 2,
};

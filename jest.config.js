/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleNameMapper: {
    // office-addin-mock -> office-addin-manifest loads an ESM-only dependency; its CommonJS entry works.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  testTimeout: 60000,
  // The default reporter, then the skipped tests with their reasons (test/support/skipReporter.js).
  reporters: ["default", "<rootDir>/test/support/skipReporter.js"],
  // Measured figures of this run only: test-output/figures.txt starts empty (test/support/figures.ts).
  globalSetup: "<rootDir>/test/support/clearFigures.ts",
};

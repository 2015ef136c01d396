// Jest runs TypeScript through ts-jest in transpile-only mode, with the tests' own tsconfig (type
// checking, of the product and of the tests, is `npm run lint`).
// globalSetup starts a private redis-server for the integration and end-to-end tests unless
// REDIS_URL names one; the summary reporter prints the plain "N passed, N failed" line CI reads.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/support/summaryReporter.js'],
};

/**
 * Browser (end-to-end) specs for the web client. They drive Debian's Chromium through playwright-core
 * against a running Ankomst at ANKOMST_BASE_URL; see e2e/support/.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  // The contracts' TypeScript source, as the app's own build resolves it (the package's development condition).
  moduleNameMapper: { '^@ankomst/contracts$': '<rootDir>/../../packages/contracts/src/index.ts' },
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
  // Generous: a browser test plays several users through real pages; on a busy 2-core machine one can take minutes.
  testTimeout: 180_000,
};

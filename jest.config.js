// Three projects: `unit` (pure cores, no broker, parallel), `integration`
// (real Kafka broker over TCP, started once by the global setup) and `e2e`
// (the dashboard in a browser, on that broker).
const { pathsToModuleNameMapper } = require('./scripts/jest-paths.js');

const shared = {
  // ts-jest without type checking (npm run typecheck does that once): fast, and
  // it keeps decorator metadata. (@swc/jest and Jest 30 pull platform binaries
  // that the registry here does not carry for every platform, which breaks npm ci.)
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(),
  testEnvironment: 'node',
};

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tests/unit}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
    {
      // The dashboard in headless Chromium on the real pipeline; same broker as `integration`.
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
  // Global only: Jest ignores testTimeout inside a project. Real brokers and
  // service processes take seconds to start; unit tests finish far sooner.
  testTimeout: 180000,
};

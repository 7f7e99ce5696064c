// Five projects: `unit` (pure cores, no broker), `integration` (real Kafka
// broker over TCP, started once by the global setup), `e2e` (the dashboard
// in a browser, on that broker), `faults` (the chaos runs) and `soak` (the
// demo again and again), the last two apart: see there. `npm test` runs the
// first three on the same workers, files side
// by side: every integration file works on topics and groups of its own (or a
// broker of its own), and most of its time is spent waiting on brokers and
// service processes, so a unit file or another integration file fills the gap.
const { pathsToModuleNameMapper } = require('./scripts/jest-paths.js');
const os = require('node:os');

/** Busy cores now: the CPU time not idle over a short sample. */
async function busyCores(sampleMs = 500) {
  const idleAndTotal = () =>
    os
      .cpus()
      .reduce(
        ([idle, total], { times }) => [idle + times.idle, total + Object.values(times).reduce((a, b) => a + b, 0)],
        [0, 0],
      );
  const [idle0, total0] = idleAndTotal();
  await new Promise((resolve) => setTimeout(resolve, sampleMs));
  const [idle1, total1] = idleAndTotal();
  const busy = total1 > total0 ? 1 - (idle1 - idle0) / (total1 - total0) : 0;
  return busy * os.cpus().length;
}

// The load a moment ago, not the 1-minute load average: that one still
// counts the build or lint that ran just before, and took a quiet machine
// for a busy one (one worker, twice the wall time).
async function workers() {
  const cores = os.availableParallelism();
  const busy = await busyCores();
  return Math.max(1, Math.min(2 * cores, Math.round(2 * (cores - busy))));
}

const shared = {
  // ts-jest without type checking (npm run typecheck does that once): fast, and
  // it keeps decorator metadata. (@swc/jest and Jest 30 pull platform binaries
  // that the registry here does not carry for every platform, which breaks npm ci.)
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(),
  testEnvironment: 'node',
};

module.exports = async () => ({
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
      // The chaos runs (every stage SIGKILLed, a zombie, broker crashes; one broker and a
      // three-broker cluster), ~45 % of all test CPU: not in `npm test`, which stays a few
      // minutes; `npm run test:faults` runs them and CI runs that after `npm test`.
      ...shared,
      displayName: 'faults',
      testMatch: ['<rootDir>/tests/faults/**/*.fault-spec.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
    {
      // The demo run again and again on one crowded broker folder (`npm run test:soak`, 40 runs,
      // after `npm test` in CI): a soak, each run a broker start of its own, so not in `npm test`.
      ...shared,
      displayName: 'soak',
      testMatch: ['<rootDir>/tests/soak/**/*.soak-spec.ts'],
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
  // Files at a time: two per core on an idle machine (the integration files
  // wait on brokers and processes more than they compute), fewer as others
  // keep the cores busy, down to one: on a saturated machine, files
  // side by side only run into their timeouts. `--maxWorkers=N` or
  // `--runInBand` on the command line override it.
  maxWorkers: await workers(),
  // The longest files first, also on a fresh clone (no timings from an earlier run).
  testSequencer: '<rootDir>/tests/support/test-sequencer.js',
});

/**
 * Order of the test files for `npm test`, which runs them on several workers: the longest first, so
 * that no worker starts a two-minute suite when the others are nearly done. Jest's own order needs
 * the timings of an earlier run, which a fresh clone does not have (it falls back to file size, and
 * the three-broker cluster test is one of the smallest files). SLOWEST lists the long suites, longest
 * first (by their times in fresh-clone CI runs); every other file follows in Jest's order.
 */
const Sequencer = require('@jest/test-sequencer').default;

const SLOWEST = [
  'tests/faults/cluster.fault-spec.ts',
  'tests/integration/secure.int-spec.ts',
  'tests/faults/chaos.fault-spec.ts',
  'tests/e2e/dashboard.e2e-spec.ts',
  // Two broker starts of its own: mostly waiting on a JVM, it ended CI's run of 219 s when it started last.
  'tests/integration/broker.int-spec.ts',
  'tests/integration/recovery.int-spec.ts',
  'tests/integration/quiet-restart.int-spec.ts',
  'tests/integration/shutdown.int-spec.ts',
  'apps/aggregate/src/aggregate.batching.spec.ts',
  'libs/dedup/src/dedup.order.spec.ts',
  'tests/unit/ingest.fuzz.spec.ts',
];

class SlowestFirst extends Sequencer {
  sort(tests) {
    const rank = (test) => {
      const i = SLOWEST.findIndex((suffix) => test.path.endsWith(suffix));
      return i < 0 ? SLOWEST.length : i;
    };
    const known = tests.filter((t) => rank(t) < SLOWEST.length).sort((a, b) => rank(a) - rank(b));
    const rest = super.sort(tests.filter((t) => rank(t) === SLOWEST.length));
    return [...known, ...rest];
  }
}

module.exports = SlowestFirst;

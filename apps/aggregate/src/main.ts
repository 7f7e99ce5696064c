import { setFlagsFromString } from 'node:v8';
import { runStage } from '@skytally/kafka-nest';
import { AggregateModule } from './aggregate.module';

/**
 * V8 lets the old space grow by a factor it picks from its collector's speed before the next full
 * collection; this service holds its live state there (within the horizon, every report), and in
 * the 100k-article run the space grew to ≈ 1.9× what it held after a collection. A smaller step
 * means more full collections for a smaller heap (BENCHMARKS.md, "Session 12": RSS and CPU with
 * and without). V8 reads the flag at each collection, so it can be set here; NODE_OPTIONS does
 * not take it. A value given on node's command line wins.
 */
const HEAP_GROWING_PERCENT = 50;
if (!process.execArgv.some((a) => a.startsWith('--heap-growing-percent') || a.startsWith('--heap_growing_percent')))
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);

runStage({ stage: 'aggregate', module: AggregateModule });

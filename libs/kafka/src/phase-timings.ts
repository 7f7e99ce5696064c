/**
 * How long the parts of a stage's batches take. A stage that falls behind,
 * or whose end-to-end latency has a tail, does not say why from its counters:
 * the time a batch spends waiting for its turn, in the stage's own code,
 * waiting for the brokers to acknowledge its outputs, or committing does.
 * And the age of a batch's oldest record when the stage picks it up is the
 * hop's delay as the stage sees it (record timestamps are the producer's
 * clock, the previous stage's on this machine).
 *
 * Fixed buckets, as a Prometheus histogram has: recording is a bucket search
 * and three additions, with no allocation, so the runner can time every batch.
 */

/** Upper bounds, in ms, of the buckets: 1 ms to 30 s, about three per decade. */
export const PHASE_BUCKETS_MS: readonly number[] = [
  1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 70, 100, 150, 200, 300, 500, 700, 1000, 1500, 2000, 3000, 5000, 10000, 30000,
];

/** The phases the stage runner times (README, "Health and metrics"). */
export type Phase =
  /** now − the timestamp of a batch's first record, when the batch reaches the stage. */
  | 'age'
  /** A batch from kafkajs handing it over to its last commit (its group's, if it handed on), waiting for its turn included. */
  | 'batch'
  /** Waiting for the turn: a scheduled run (a restore, a punctuate) or the batches of the fetch before it. */
  | 'wait'
  /** The stage's handler over the batch's messages. */
  | 'process'
  /** The stage's end-of-batch work (the aggregate's snapshots). */
  | 'end'
  /** Producing a flush's outputs until the brokers acknowledge them (acks=all). */
  | 'send'
  /** Committing a flush's offsets. */
  | 'commit';

export interface PhaseSummary {
  count: number;
  /** Estimated from the buckets (linear within one), in ms. */
  p50: number;
  p99: number;
  /** Exact. */
  max: number;
}

export class DurationHistogram {
  /** counts[i]: observations ≤ PHASE_BUCKETS_MS[i] and above the bucket before; the last one: above all. */
  readonly counts: number[] = new Array<number>(PHASE_BUCKETS_MS.length + 1).fill(0);
  count = 0;
  sumMs = 0;
  maxMs = 0;

  observe(ms: number): void {
    const value = ms > 0 ? ms : 0;
    let i = 0;
    while (i < PHASE_BUCKETS_MS.length && value > (PHASE_BUCKETS_MS[i] as number)) i++;
    this.counts[i]!++;
    this.count++;
    this.sumMs += value;
    if (value > this.maxMs) this.maxMs = value;
  }

  /** The q-quantile, linear within its bucket (as Prometheus's histogram_quantile), never above the maximum seen. */
  quantile(q: number): number {
    return quantileOfBuckets(this.counts, q, this.maxMs);
  }

  summary(): PhaseSummary {
    return {
      count: this.count,
      p50: round(this.quantile(0.5)),
      p99: round(this.quantile(0.99)),
      max: round(this.maxMs),
    };
  }
}

/**
 * The q-quantile of bucket counts over PHASE_BUCKETS_MS (the last count: above
 * the last bound), linear within a bucket. `max` caps it (the overflow bucket
 * has no upper bound); without it the overflow bucket answers its lower bound.
 */
export function quantileOfBuckets(counts: readonly number[], q: number, max = Infinity): number {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  const rank = q * total;
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i] as number;
    if (n > 0 && seen + n >= rank) {
      const lower = i === 0 ? 0 : (PHASE_BUCKETS_MS[i - 1] as number);
      const upper = i < PHASE_BUCKETS_MS.length ? (PHASE_BUCKETS_MS[i] as number) : Number.isFinite(max) ? max : lower;
      const value = lower + (upper - lower) * ((rank - seen) / n);
      return Math.min(value, max);
    }
    seen += n;
  }
  return Math.min(PHASE_BUCKETS_MS[PHASE_BUCKETS_MS.length - 1] as number, max);
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

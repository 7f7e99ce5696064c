import { DurationHistogram, PHASE_BUCKETS_MS, quantileOfBuckets } from './phase-timings';

describe('DurationHistogram', () => {
  it('counts each value in the first bucket whose bound holds it, and keeps count, sum and max exactly', () => {
    const h = new DurationHistogram();
    for (const ms of [0.4, 1, 1.5, 250, 40_000]) h.observe(ms);
    expect(h.counts[0]).toBe(2); // ≤ 1 ms
    expect(h.counts[1]).toBe(1); // ≤ 2 ms
    expect(h.counts[PHASE_BUCKETS_MS.indexOf(300)]).toBe(1);
    expect(h.counts[PHASE_BUCKETS_MS.length]).toBe(1); // above 30 s
    expect(h.count).toBe(5);
    expect(h.sumMs).toBeCloseTo(40_252.9);
    expect(h.maxMs).toBe(40_000);
  });

  it('estimates quantiles within a bucket of the truth, never above the largest value seen', () => {
    const h = new DurationHistogram();
    // 1..1000 ms, one each: p50 ≈ 500, p99 ≈ 990.
    for (let ms = 1; ms <= 1000; ms++) h.observe(ms);
    const { p50, p99, max } = h.summary();
    expect(p50).toBeGreaterThanOrEqual(300);
    expect(p50).toBeLessThanOrEqual(700);
    expect(p99).toBeGreaterThanOrEqual(700);
    expect(p99).toBeLessThanOrEqual(1000);
    expect(max).toBe(1000);
    const one = new DurationHistogram();
    one.observe(120);
    expect(one.quantile(0.99)).toBeLessThanOrEqual(120);
  });

  it('takes a negative duration (a clock step) as zero', () => {
    const h = new DurationHistogram();
    h.observe(-5);
    expect(h.counts[0]).toBe(1);
    expect(h.maxMs).toBe(0);
  });
});

describe('quantileOfBuckets', () => {
  it('is zero with no observations, and answers the overflow bucket with the maximum when given', () => {
    const empty = new Array<number>(PHASE_BUCKETS_MS.length + 1).fill(0);
    expect(quantileOfBuckets(empty, 0.99)).toBe(0);
    const over = [...empty];
    over[PHASE_BUCKETS_MS.length] = 1;
    expect(quantileOfBuckets(over, 0.5, 45_000)).toBe(37_500); // halfway from the last bound to the maximum
    expect(quantileOfBuckets(over, 1, 45_000)).toBe(45_000);
    expect(quantileOfBuckets(over, 0.5)).toBe(30_000);
  });
});

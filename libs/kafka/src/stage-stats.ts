import type { Logger } from '@skytally/logger';
import { DurationHistogram, type Phase, type PhaseSummary } from './phase-timings';

/**
 * Counters a stage keeps, logged as one `stats` line every interval so a
 * person (or a log shipper) can see the stage breathe; and how long the
 * parts of its batches took (phase-timings.ts): in the line, over the
 * interval; on the metrics endpoint, since the start (through onTiming).
 */
export class StageStats {
  private readonly counters = new Map<string, number>();
  private readonly lag = new Map<string, number>();
  /** Since the last stats line. */
  private readonly intervalTimings = new Map<Phase, DurationHistogram>();
  private readonly timingListeners: ((phase: Phase, ms: number) => void)[] = [];
  private timer?: NodeJS.Timeout;

  /** Records how long one batch's `phase` took. */
  observe(phase: Phase, ms: number): void {
    let histogram = this.intervalTimings.get(phase);
    if (!histogram) this.intervalTimings.set(phase, (histogram = new DurationHistogram()));
    histogram.observe(ms);
    for (const listener of this.timingListeners) listener(phase, ms);
  }

  /** Every observation from now on, as it is made (the health server's histogram). */
  onTiming(listener: (phase: Phase, ms: number) => void): void {
    this.timingListeners.push(listener);
  }

  /** The phases timed since the last call, summarised; the next interval starts empty. */
  takeTimings(): Partial<Record<Phase, PhaseSummary>> {
    const out: Partial<Record<Phase, PhaseSummary>> = {};
    for (const [phase, histogram] of this.intervalTimings) out[phase] = histogram.summary();
    this.intervalTimings.clear();
    return out;
  }

  inc(name: string, by = 1): void {
    this.counters.set(name, (this.counters.get(name) ?? 0) + by);
  }

  get(name: string): number {
    return this.counters.get(name) ?? 0;
  }

  setLag(topic: string, partition: number, lag: number): void {
    this.lag.set(`${topic}/${partition}`, lag);
  }

  totalLag(): number {
    let sum = 0;
    for (const v of this.lag.values()) sum += v;
    return sum;
  }

  snapshot(): Record<string, number> {
    return { ...Object.fromEntries(this.counters), lag: this.totalLag() };
  }

  startReporting(logger: Logger, intervalMs: number): void {
    if (intervalMs <= 0) return;
    let last = '';
    this.timer = setInterval(() => {
      const snap = this.snapshot();
      const line = JSON.stringify(snap);
      const timings = this.takeTimings();
      // An idle stage logs once, not every interval.
      if (line !== last) logger.info({ stats: snap, timings }, 'stats');
      last = line;
    }, intervalMs);
    this.timer.unref();
  }

  stopReporting(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

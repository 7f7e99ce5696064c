import type { Logger } from '@skytally/logger';

/**
 * Counters a stage keeps, logged as one `stats` line every interval so a
 * person (or a log shipper) can see the stage breathe.
 */
export class StageStats {
  private readonly counters = new Map<string, number>();
  private readonly lag = new Map<string, number>();
  private timer?: NodeJS.Timeout;

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
      // An idle stage logs once, not every interval.
      if (line !== last) logger.info({ stats: snap }, 'stats');
      last = line;
    }, intervalMs);
    this.timer.unref();
  }

  stopReporting(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

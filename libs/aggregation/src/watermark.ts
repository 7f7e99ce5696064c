/**
 * The watermark: `asOf`, the instant the windows end at.
 *
 *     asOf = (newest event time seen) − allowedLateness + idle advance
 *
 * Idle advance keeps windows sliding on a quiet stream: once no claim has
 * arrived for `idleMs` of wall time, asOf moves forward by the whole wall time
 * elapsed since the last arrival.
 *
 * "Arrival" is the claim's `ingestedAt` (when ingest saw its article), not the
 * moment this process applied it. That is what makes asOf survive a restart:
 * replaying the claims topic at start-up reproduces the same arrivals, so the
 * idle advance earned before a crash is not lost (with apply-time arrivals a
 * restart after a quiet weekend would snap every window back by two days).
 *
 * asOf never moves backwards. A claim that ends a quiet spell carries an event
 * time older than the idle-advanced asOf, and must not pull the windows back;
 * so every past quiet gap is "banked": for arrivals sorted a₀ ≤ a₁ ≤ … with
 * running maximum event time Mₖ,
 *
 *     asOf(now) = max( Mₙ − L + idle(now − aₙ),  max over gaps k of Mₖ − L + idle(aₖ₊₁ − aₖ) )
 *     idle(g)   = g when g ≥ idleMs, else 0
 *
 * This is a function of the set of (arrival, event time) pairs and the clock,
 * so any order or duplication of the same claims gives the same asOf.
 * Arrivals usually come in order, so an insert touches the tail only; an
 * out-of-order arrival recomputes the suffix after it.
 */
export interface WatermarkOptions {
  allowedLatenessMs: number;
  idleMs: number;
}

interface Entry {
  arrival: number;
  event: number;
}

export class Watermark {
  /** Sorted by (arrival, event). */
  private readonly entries: Entry[] = [];
  /** prefixMax[k] = max event time of entries[0..k]. */
  private readonly prefixMax: number[] = [];
  /** banked[k] = best asOf candidate from the gaps between entries[0..k]. */
  private readonly banked: number[] = [];
  /** What compactBefore() folded away: the prefix's max event, banked gap, and last arrival. */
  private base: { max: number; banked: number; arrival: number } | null = null;

  constructor(private readonly opts: WatermarkOptions) {}

  get size(): number {
    return this.entries.length;
  }

  /**
   * Folds the entries that arrived before `arrival` into three numbers, so
   * the watermark's memory follows the horizon, not the stream. asOf is
   * unchanged; an entry that arrives later with an older arrival than the
   * fold is taken as arriving at it.
   */
  compactBefore(arrival: number): void {
    const k = this.lowerBound(arrival, -Infinity);
    if (k === 0) return;
    this.base = { max: this.prefixMax[k - 1], banked: this.banked[k - 1], arrival: this.entries[k - 1].arrival };
    this.entries.splice(0, k);
    this.prefixMax.splice(0, k);
    this.banked.splice(0, k);
  }

  add(arrival: number, event: number): void {
    const i = this.lowerBound(arrival, event);
    this.entries.splice(i, 0, { arrival, event });
    this.prefixMax.splice(i, 0, 0);
    this.banked.splice(i, 0, 0);
    this.recomputeFrom(i);
  }

  /** Removes one entry equal to (arrival, event), if present. */
  remove(arrival: number, event: number): void {
    const i = this.lowerBound(arrival, event);
    const e = this.entries[i];
    if (!e || e.arrival !== arrival || e.event !== event) return;
    this.entries.splice(i, 1);
    this.prefixMax.splice(i, 1);
    this.banked.splice(i, 1);
    this.recomputeFrom(i);
  }

  /**
   * asOf in ms at wall time `now`, or null before the first claim. Never past
   * `now` (as Flink bounds a watermark by its source's time): whatever the
   * input says, the windows do not end in the future.
   */
  asOf(now: number): number | null {
    const n = this.entries.length;
    if (n === 0) return this.base ? Math.min(now, Math.max(this.base.max - this.opts.allowedLatenessMs + this.idle(now - this.base.arrival), this.base.banked)) : null;
    const last = this.entries[n - 1];
    const head = this.prefixMax[n - 1] - this.opts.allowedLatenessMs + this.idle(now - last.arrival);
    return Math.min(now, Math.max(head, this.banked[n - 1]));
  }

  /**
   * asOf as it stood at wall time `t` from the entries that had arrived by
   * then (arrival ≤ t): what a claim arriving at `t` is judged late against.
   * Null when none had.
   */
  asOfAt(t: number): number | null {
    const i = this.lowerBound(t, Infinity);
    if (i === 0) return this.base && this.base.arrival <= t ? Math.min(t, Math.max(this.base.max - this.opts.allowedLatenessMs + this.idle(t - this.base.arrival), this.base.banked)) : null;
    const head = this.prefixMax[i - 1] - this.opts.allowedLatenessMs + this.idle(t - this.entries[i - 1].arrival);
    return Math.min(t, Math.max(head, this.banked[i - 1]));
  }

  /** Wall time at which the open gap starts to advance asOf (for scheduling ticks), or null. */
  idleFrom(): number | null {
    const n = this.entries.length;
    if (n === 0) return this.base ? this.base.arrival + this.opts.idleMs : null;
    return this.entries[n - 1].arrival + this.opts.idleMs;
  }

  private idle(gap: number): number {
    return gap >= this.opts.idleMs && gap > 0 ? gap : 0;
  }

  private recomputeFrom(i: number): void {
    const L = this.opts.allowedLatenessMs;
    for (let k = Math.max(0, i - 1); k < this.entries.length; k++) {
      const e = this.entries[k];
      // Before entry 0: what was folded away, if anything.
      const prev = k > 0 ? { max: this.prefixMax[k - 1], banked: this.banked[k - 1], arrival: this.entries[k - 1].arrival } : this.base;
      this.prefixMax[k] = prev ? Math.max(prev.max, e.event) : e.event;
      // The gap that closed when entry k arrived: it advanced asOf from what
      // entries[0..k-1] had established.
      const gapCandidate = prev ? prev.max - L + this.idle(Math.max(0, e.arrival - prev.arrival)) : -Infinity;
      this.banked[k] = Math.max(prev ? prev.banked : -Infinity, gapCandidate);
    }
  }

  private lowerBound(arrival: number, event: number): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = this.entries[mid];
      if (m.arrival < arrival || (m.arrival === arrival && m.event < event)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

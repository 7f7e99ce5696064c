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
 *
 * Bounded: fold(before) replaces the pairs that arrived before `before` by
 * what the formula needs of them — their last arrival, running maximum and
 * banked gaps — so memory follows the pairs still unfolded, not every claim
 * ever applied. The core folds what arrived more than its horizon behind the
 * slowest input. Exact for every later pair that arrives at or after the fold
 * point; a pair arriving before it (a report more than the horizon late by
 * arrival, already past the horizon by its day) adds its event time to the
 * running maximum only (it can no longer split a banked gap), and removing a
 * folded pair does nothing.
 */
export interface WatermarkOptions {
  allowedLatenessMs: number;
  idleMs: number;
}

export class Watermark {
  // Five columns in typed arrays (36 bytes an entry, no object per claim):
  // the distinct (arrival, event) pairs, sorted, and how many times each was
  // added (the claims of one article share their pair: a burst of news held
  // 200,000 pairs, 66,000 of them distinct); prefixMax[k] = max event of
  // 0..k; banked[k] = best asOf candidate from the gaps between entries 0..k,
  // as if every copy of a pair were an entry of its own (a copy closes a gap
  // of 0 after the first: pairs() writes every copy, and fold() keeps banked).
  private arrival = new Float64Array(1024);
  private event = new Float64Array(1024);
  private prefixMax = new Float64Array(1024);
  private banked = new Float64Array(1024);
  private copies = new Int32Array(1024);
  /** Entries (distinct pairs) held. */
  private n = 0;
  /** Pairs held, every copy counted. */
  private pairsHeld = 0;
  /** What fold() kept of the pairs before the entries: last arrival, running max, banked; -Infinity: none. */
  private foldArrival = -Infinity;
  private foldMax = -Infinity;
  private foldBanked = -Infinity;
  private folded = 0;

  constructor(private readonly opts: WatermarkOptions) {}

  /** Pairs added, folded ones included. */
  get size(): number {
    return this.pairsHeld + this.folded;
  }

  /** Pairs held one by one (not folded). */
  get held(): number {
    return this.pairsHeld;
  }

  add(arrival: number, event: number): void {
    if (arrival < this.foldArrival) {
      this.foldMax = Math.max(this.foldMax, event);
      this.folded++;
      this.recomputeFrom(0);
      return;
    }
    const i = this.lowerBound(arrival, event);
    this.pairsHeld++;
    if (i < this.n && this.arrival[i] === arrival && this.event[i] === event) {
      this.copies[i] = this.copies[i]! + 1;
      this.recomputeFrom(i);
      return;
    }
    if (this.n === this.arrival.length) this.grow();
    for (const col of [this.arrival, this.event]) col.copyWithin(i + 1, i, this.n);
    this.copies.copyWithin(i + 1, i, this.n);
    this.arrival[i] = arrival;
    this.event[i] = event;
    this.copies[i] = 1;
    this.n++;
    this.recomputeFrom(i);
  }

  /**
   * Folds the pairs that arrived before `before` (see the class doc). asOf
   * reads the same; O(pairs held).
   */
  fold(before: number): void {
    const k = this.lowerBound(before, -Infinity);
    if (k === 0) return;
    this.foldArrival = at(this.arrival, k - 1);
    this.foldMax = at(this.prefixMax, k - 1);
    this.foldBanked = at(this.banked, k - 1);
    let pairs = 0;
    for (let i = 0; i < k; i++) pairs += this.copies[i]!;
    this.folded += pairs;
    this.pairsHeld -= pairs;
    for (const col of [this.arrival, this.event, this.prefixMax, this.banked]) col.copyWithin(0, k, this.n);
    this.copies.copyWithin(0, k, this.n);
    this.n -= k;
    // Give memory back once most of the columns are free.
    let size = 1024;
    while (size < this.n * 2) size *= 2;
    if (size < this.arrival.length) {
      const shrink = (a: Float64Array) => a.slice(0, size);
      this.arrival = shrink(this.arrival);
      this.event = shrink(this.event);
      this.prefixMax = shrink(this.prefixMax);
      this.banked = shrink(this.banked);
      this.copies = this.copies.slice(0, size);
    }
  }

  /**
   * What a checkpoint keeps: `[foldArrival, foldMax, foldBanked, folded]`,
   * then the held (arrival, event) pairs interleaved, in order.
   */
  pairs(): Float64Array {
    const out = new Float64Array(4 + this.pairsHeld * 2);
    out.set([this.foldArrival, this.foldMax, this.foldBanked, this.folded]);
    let j = 4;
    for (let i = 0; i < this.n; i++) {
      for (let c = this.copies[i]!; c > 0; c--) {
        out[j++] = this.arrival[i] ?? 0;
        out[j++] = this.event[i] ?? 0;
      }
    }
    return out;
  }

  /** Replaces the state by `pairs` (as pairs() gives it): O(n), for a restore. */
  load(pairs: Float64Array): void {
    const n = Math.max(0, Math.floor((pairs.length - 4) / 2));
    let distinct = 0;
    for (let i = 0; i < n; i++)
      if (i === 0 || pairs[4 + 2 * i] !== pairs[2 + 2 * i] || pairs[5 + 2 * i] !== pairs[3 + 2 * i]) distinct++;
    let size = 1024;
    while (size < distinct) size *= 2;
    this.arrival = new Float64Array(size);
    this.event = new Float64Array(size);
    this.prefixMax = new Float64Array(size);
    this.banked = new Float64Array(size);
    this.copies = new Int32Array(size);
    this.foldArrival = pairs[0] ?? -Infinity;
    this.foldMax = pairs[1] ?? -Infinity;
    this.foldBanked = pairs[2] ?? -Infinity;
    this.folded = pairs[3] ?? 0;
    // In order, as pairs() writes them: copies of a pair are next to each other.
    let m = 0;
    for (let i = 0; i < n; i++) {
      const arrival = pairs[4 + 2 * i] ?? 0;
      const event = pairs[4 + 2 * i + 1] ?? 0;
      if (m > 0 && this.arrival[m - 1] === arrival && this.event[m - 1] === event) {
        this.copies[m - 1] = this.copies[m - 1]! + 1;
        continue;
      }
      this.arrival[m] = arrival;
      this.event[m] = event;
      this.copies[m] = 1;
      m++;
    }
    this.n = m;
    this.pairsHeld = n;
    this.recomputeFrom(0);
  }

  /** Removes one entry equal to (arrival, event), if present. */
  remove(arrival: number, event: number): void {
    if (arrival < this.foldArrival) return;
    const i = this.lowerBound(arrival, event);
    if (i >= this.n || this.arrival[i] !== arrival || this.event[i] !== event) return;
    this.pairsHeld--;
    if (this.copies[i]! > 1) {
      this.copies[i] = this.copies[i]! - 1;
      this.recomputeFrom(i);
      return;
    }
    for (const col of [this.arrival, this.event]) col.copyWithin(i, i + 1, this.n);
    this.copies.copyWithin(i, i + 1, this.n);
    this.n--;
    this.recomputeFrom(i);
  }

  /**
   * asOf in ms at wall time `now`, or null before the first claim. Never past
   * `now` (as Flink bounds a watermark by its source's time): whatever the
   * input says, the windows do not end in the future.
   */
  asOf(now: number): number | null {
    const n = this.n;
    if (n === 0) return this.folded ? this.foldedAsOf(now) : null;
    const head = at(this.prefixMax, n - 1) - this.opts.allowedLatenessMs + this.idle(now - at(this.arrival, n - 1));
    return Math.min(now, Math.max(head, at(this.banked, n - 1)));
  }

  /**
   * asOf as it stood at wall time `t` from the entries that had arrived by
   * then (arrival ≤ t): what a claim arriving at `t` is judged late against.
   * Null when none had.
   */
  asOfAt(t: number): number | null {
    const i = this.lowerBound(t, Infinity);
    if (i === 0) return this.folded ? this.foldedAsOf(t) : null;
    const head = at(this.prefixMax, i - 1) - this.opts.allowedLatenessMs + this.idle(t - at(this.arrival, i - 1));
    return Math.min(t, Math.max(head, at(this.banked, i - 1)));
  }

  /** Wall time at which the open gap starts to advance asOf (for scheduling ticks), or null. */
  idleFrom(): number | null {
    if (this.n === 0) return this.folded ? this.foldArrival + this.opts.idleMs : null;
    return at(this.arrival, this.n - 1) + this.opts.idleMs;
  }

  /** asOf from the folded pairs alone (no pair held, or `t` before every held one). */
  private foldedAsOf(t: number): number {
    const head = this.foldMax - this.opts.allowedLatenessMs + this.idle(t - this.foldArrival);
    return Math.min(t, Math.max(head, this.foldBanked));
  }

  private idle(gap: number): number {
    return gap >= this.opts.idleMs && gap > 0 ? gap : 0;
  }

  private grow(): void {
    const resize = (a: Float64Array) => {
      const b = new Float64Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.arrival = resize(this.arrival);
    this.event = resize(this.event);
    this.prefixMax = resize(this.prefixMax);
    this.banked = resize(this.banked);
    const copies = new Int32Array(this.copies.length * 2);
    copies.set(this.copies);
    this.copies = copies;
  }

  private recomputeFrom(i: number): void {
    const L = this.opts.allowedLatenessMs;
    const folded = this.folded > 0;
    for (let k = Math.max(0, i - 1); k < this.n; k++) {
      const e = at(this.event, k);
      // Before entry 0 come the folded pairs, if any, as their summary.
      const prevMax = k === 0 ? this.foldMax : at(this.prefixMax, k - 1);
      const prevArrival = k === 0 ? this.foldArrival : at(this.arrival, k - 1);
      const prevBanked = k === 0 ? this.foldBanked : at(this.banked, k - 1);
      this.prefixMax[k] = Math.max(prevMax, e);
      // The gap that closed when entry k arrived: it advanced asOf from what
      // the entries (and folded pairs) before it had established.
      const gapCandidate = k === 0 && !folded ? -Infinity : prevMax - L + this.idle(at(this.arrival, k) - prevArrival);
      // Each copy after the first closes a gap of 0 behind the pair itself.
      const copyCandidate = this.copies[k]! > 1 ? this.prefixMax[k]! - L : -Infinity;
      this.banked[k] = Math.max(prevBanked, gapCandidate, copyCandidate);
    }
  }

  private lowerBound(arrival: number, event: number): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const a = at(this.arrival, mid);
      if (a < arrival || (a === arrival && at(this.event, mid) < event)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** An entry of a column: callers read below `n`, which never passes the column's length. */
function at(column: Float64Array, i: number): number {
  return column[i] as number;
}

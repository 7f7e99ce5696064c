/**
 * What a row (or a day) keeps of claims past the horizon: sums, not claims.
 * Once a claim's day is older than the horizon no report can change it any
 * more (save one that arrives that late, see the core), so its contribution
 * is folded into counts by hour (for the windows), totals and breakdowns,
 * and its claim objects are let go. Memory per row grows with the hours that
 * had claims, not with the claims.
 */
import type { ClaimGroup } from './corroboration';
import { Counter } from './counter';
import { HOUR_MS } from './time.util';
import { FINITE_WINDOWS, WINDOW_MS, type WindowCounts, type WindowsAt } from './windows.core';

/**
 * Counts per hour, sorted by hour, with running sums: a window is a binary
 * search. In typed arrays (12 bytes an hour, off V8's heap): a row keeps one
 * entry for every hour that ever had a claim, for good.
 */
export class HourSeries {
  /** Hour numbers (ms / HOUR_MS): below 2^31 until the year 246,000. */
  private hours = new Int32Array(16);
  private cumulative = new Float64Array(16);
  private n = 0;

  get size(): number {
    return this.n;
  }

  add(time: number, count: number): void {
    const hour = Math.floor(time / HOUR_MS);
    let i = this.n;
    // Sealing goes forward in time: almost always an append or the last hour.
    while (i > 0 && (this.hours[i - 1] ?? -Infinity) > hour) i--;
    if (i > 0 && this.hours[i - 1] === hour) {
      this.addFrom(i - 1, count);
      return;
    }
    if (this.n === this.hours.length) this.grow(this.n * 2);
    this.hours.copyWithin(i + 1, i, this.n);
    this.cumulative.copyWithin(i + 1, i, this.n);
    this.hours[i] = hour;
    this.cumulative[i] = i > 0 ? (this.cumulative[i - 1] ?? 0) : 0;
    this.n++;
    this.addFrom(i, count);
  }

  /**
   * Σ counts of the hours starting after `boundary` (ms). An hour stands for
   * its claims: exact for dated claims (midnight), within the hour otherwise.
   */
  after(boundary: number): number {
    return this.total - (this.cumulative[this.firstAfter(boundary) - 1] ?? 0);
  }

  /** The index of the first hour starting after `boundary` (ms); n when none does. */
  private firstAfter(boundary: number): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.hours[mid] ?? Infinity) * HOUR_MS > boundary) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  private get total(): number {
    return this.n > 0 ? (this.cumulative[this.n - 1] ?? 0) : 0;
  }

  private addFrom(i: number, count: number): void {
    for (let k = i; k < this.n; k++) this.cumulative[k] = (this.cumulative[k] ?? 0) + count;
  }

  private grow(capacity: number): void {
    const hours = new Int32Array(capacity);
    const cumulative = new Float64Array(capacity);
    hours.set(this.hours.subarray(0, this.n));
    cumulative.set(this.cumulative.subarray(0, this.n));
    this.hours = hours;
    this.cumulative = cumulative;
  }

  /** (hour, count) pairs, hour order: what the changelog keeps of the series. */
  pairs(): Float64Array {
    const out = new Float64Array(this.n * 2);
    let previous = 0;
    for (let i = 0; i < this.n; i++) {
      const cumulative = this.cumulative[i] ?? 0;
      out[2 * i] = this.hours[i] ?? 0;
      out[2 * i + 1] = cumulative - previous;
      previous = cumulative;
    }
    return out;
  }

  /** The series `pairs()` gave. */
  static fromPairs(pairs: Float64Array): HourSeries {
    const series = new HourSeries();
    const n = Math.floor(pairs.length / 2);
    series.grow(Math.max(16, n));
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += pairs[2 * i + 1] ?? 0;
      series.hours[i] = pairs[2 * i] ?? 0;
      series.cumulative[i] = sum;
    }
    series.n = n;
    return series;
  }

  /** The windows at `asOf`, and until when they hold: an hour counts in window W while asOf < its start + W (windowsAt in windows.core.ts). */
  windowsAt(asOf: number): WindowsAt {
    const total = this.total;
    const counts: WindowCounts = { '24h': 0, '7d': 0, '30d': 0, all: total };
    let until = Infinity;
    for (const w of FINITE_WINDOWS) {
      const i = this.firstAfter(asOf - WINDOW_MS[w]);
      counts[w] = total - (this.cumulative[i - 1] ?? 0);
      if (i < this.n) until = Math.min(until, (this.hours[i] ?? 0) * HOUR_MS + WINDOW_MS[w]);
    }
    return { counts, until };
  }
}

/** A SealedPart as the changelog keeps it (checkpoint.ts). */
export interface SealedPartState {
  total: number;
  claims: number;
  articles: Float64Array;
  sharedTotal: number;
  sharedClaims: number;
  unattributed: number;
  byWeapon: Record<string, number>;
  byClaimant: Record<string, number>;
  countries: Record<string, number>;
  /** (hour, count) pairs; null for a day's part, which has no windows. */
  own: Float64Array | null;
  shared: Float64Array | null;
}

export class SealedPart {
  total = 0;
  claims = 0;
  /** Articles (hashed) behind the sealed claims: `sources` stays a count of distinct articles. */
  articles = new HashSet53();
  sharedTotal = 0;
  sharedClaims = 0;
  /** Country rows: what sealed totals left unattributed. */
  unattributed = 0;
  readonly byWeapon = new Counter();
  readonly byClaimant = new Counter();
  readonly countries = new Counter();
  readonly own: HourSeries | null;
  readonly shared: HourSeries | null;

  constructor(withWindows: boolean) {
    this.own = withWindows ? new HourSeries() : null;
    this.shared = withWindows ? new HourSeries() : null;
  }

  addOwn(g: ClaimGroup, unattributed: number): void {
    this.total += g.count;
    this.claims++;
    this.unattributed += unattributed;
    this.byWeapon.add(g.weapon, g.count);
    for (const c of g.claimants) this.byClaimant.add(c, g.count);
    this.countries.add(g.country, 1);
    this.own?.add(g.time, g.count);
  }

  addShared(g: ClaimGroup): void {
    this.sharedTotal += g.count;
    this.sharedClaims++;
    this.countries.add(g.country, 1);
    this.shared?.add(g.time, g.count);
  }

  get empty(): boolean {
    return this.claims === 0 && this.sharedClaims === 0;
  }

  toState(): SealedPartState {
    return {
      total: this.total,
      claims: this.claims,
      articles: this.articles.values(),
      sharedTotal: this.sharedTotal,
      sharedClaims: this.sharedClaims,
      unattributed: this.unattributed,
      byWeapon: this.byWeapon.toRecord(),
      byClaimant: this.byClaimant.toRecord(),
      countries: this.countries.toRecord(),
      own: this.own?.pairs() ?? null,
      shared: this.shared?.pairs() ?? null,
    };
  }

  /** Adds a later delta of the same row (a checkpoint's sealed part, SealedState). */
  merge(state: SealedPartState): void {
    this.total += state.total;
    this.claims += state.claims;
    for (const h of state.articles) this.articles.add(h);
    this.sharedTotal += state.sharedTotal;
    this.sharedClaims += state.sharedClaims;
    this.unattributed += state.unattributed;
    for (const [k, n] of Object.entries(state.byWeapon)) this.byWeapon.add(k, n);
    for (const [k, n] of Object.entries(state.byClaimant)) this.byClaimant.add(k, n);
    for (const [k, n] of Object.entries(state.countries)) this.countries.add(k, n);
    const into = (series: HourSeries | null, pairs: Float64Array | null): HourSeries | null => {
      if (!pairs || pairs.length === 0) return series;
      if (!series) return HourSeries.fromPairs(pairs);
      for (let i = 0; i + 1 < pairs.length; i += 2) series.add((pairs[i] ?? 0) * HOUR_MS, pairs[i + 1] ?? 0);
      return series;
    };
    Object.assign(this, { own: into(this.own, state.own), shared: into(this.shared, state.shared) });
  }

  static fromState(state: SealedPartState): SealedPart {
    const part = new SealedPart(false);
    const series = (pairs: Float64Array | null) => (pairs ? HourSeries.fromPairs(pairs) : null);
    Object.assign(part, {
      total: state.total,
      claims: state.claims,
      articles: HashSet53.of(state.articles),
      sharedTotal: state.sharedTotal,
      sharedClaims: state.sharedClaims,
      unattributed: state.unattributed,
      own: series(state.own),
      shared: series(state.shared),
    });
    for (const [k, n] of Object.entries(state.byWeapon)) part.byWeapon.add(k, n);
    for (const [k, n] of Object.entries(state.byClaimant)) part.byClaimant.add(k, n);
    for (const [k, n] of Object.entries(state.countries)) part.countries.add(k, n);
    return part;
  }
}

/** A 53-bit hash of a string (two FNV-1a lanes): claimIds and sealed claim keys, kept as numbers. */
export function hash53(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

/**
 * A set of 53-bit hashes in one Float64Array (open addressing, linear
 * probing): 8–16 bytes an entry, where a Set<number> of non-Smi numbers
 * costs about 40. Holds what the horizon keeps per sealed claim and article.
 */
export class HashSet53 {
  private table = new Float64Array(64).fill(-1);
  private count = 0;

  get size(): number {
    return this.count;
  }

  has(h: number): boolean {
    const mask = this.table.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const v = this.table[i];
      if (v === -1) return false;
      if (v === h) return true;
    }
  }

  /** Adds `h` (a hash53 value); returns whether it was new. */
  add(h: number): boolean {
    if ((this.count + 1) * 2 > this.table.length) this.grow();
    const mask = this.table.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const v = this.table[i];
      if (v === h) return false;
      if (v === -1) {
        this.table[i] = h;
        this.count++;
        return true;
      }
    }
  }

  /** The hashes held, in table order. */
  values(): Float64Array {
    const out = new Float64Array(this.count);
    let n = 0;
    for (const v of this.table) if (v !== -1) out[n++] = v;
    return out;
  }

  /** A set of `values`, sized for them at once. */
  static of(values: Float64Array): HashSet53 {
    const set = new HashSet53();
    let size = 64;
    while (size < values.length * 2 + 2) size *= 2;
    set.table = new Float64Array(size).fill(-1);
    for (const v of values) set.add(v);
    return set;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2).fill(-1);
    this.count = 0;
    for (const v of old) if (v !== -1) this.add(v);
  }
}

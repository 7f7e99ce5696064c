/**
 * The incremental state of one output row (a region or country snapshot) or
 * one daily bucket: the distinct claims it counts and running totals over them,
 * so a snapshot costs O(1) apart from the finite windows (README, "Cost").
 */
import type { ClaimGroup } from './corroboration';
import { CompactCounter, Counter } from './counter';
import { SealedPart, hash53 } from './sealed';
import { type WindowsAt, windowsAt } from './windows.core';

export type Share = 'own' | 'shared';

export class Tally {
  /**
   * Claims counted in the windows. A set of the claim objects, not a map by id
   * (two words an entry, not three): a claim is taken out as the object that
   * was put in (the core's claims are changed in place or replaced, never
   * copied), and an id names one claim object at a time.
   */
  readonly own = new Set<ClaimGroup>();
  /** Multi-region claims that include this region: never in the windows. */
  readonly shared = new Set<ClaimGroup>();
  readonly byWeapon = new Counter();
  readonly byClaimant = new Counter();
  /** Articles behind the own claims, with how many claims each is behind. */
  readonly sources = new CompactCounter();
  /** Countries of every claim touching the row, to name a water area's country. */
  readonly countries = new Counter();
  /** Live: claims still within the horizon. */
  total = 0;
  sharedTotal = 0;
  /** Claims past the horizon, as sums (sealed.ts); null until the first. */
  sealed: SealedPart | null = null;
  /** Articles counted both in `sources` (live) and among the sealed ones. */
  private overlap = 0;

  apply(group: ClaimGroup, share: Share, sign: 1 | -1): void {
    this.countries.add(group.country, sign);
    if (share === 'shared') {
      if (sign === 1) this.shared.add(group);
      else this.shared.delete(group);
      this.sharedTotal += sign * group.count;
      return;
    }
    if (sign === 1) this.own.add(group);
    else this.own.delete(group);
    this.total += sign * group.count;
    this.byWeapon.add(group.weapon, sign * group.count);
    // A claim two claimants both made is credited to each: byClaimant answers
    // "how many did this claimant report", so its values may sum to more than `all`.
    for (const c of group.claimants) this.byClaimant.add(c, sign * group.count);
    for (const a of group.articles) {
      const before = this.sources.get(a);
      this.sources.add(a, sign);
      // An article both live and sealed is one source: keep the overlap current.
      if (this.sealed && (before === 0) !== (before + sign === 0) && this.sealed.articles.has(hash53(a)))
        this.overlap += sign;
    }
  }

  /**
   * A claim counted here gained a report (AggregateCore.grow): the same as
   * apply(old, −1) then apply(new, +1), which differ only in the report's
   * article and claimant when new to the claim. `count`: the claim's.
   */
  grow(share: Share, newArticle: string | null, newClaimant: string | null, count: number): void {
    if (share === 'shared') return;
    if (newClaimant !== null) this.byClaimant.add(newClaimant, count);
    if (newArticle === null) return;
    const before = this.sources.get(newArticle);
    this.sources.add(newArticle, 1);
    if (this.sealed && before === 0 && this.sealed.articles.has(hash53(newArticle))) this.overlap++;
  }

  /**
   * Moves a claim from the live state into the sealed sums: the figures read
   * the same before and after, but the claim object is no longer held.
   * `withWindows`: rows keep hourly sums for their windows, days need none.
   * Returns the hashes of the articles it added to the sealed set.
   */
  seal(group: ClaimGroup, share: Share, withWindows: boolean, unattributed = 0): number[] {
    const part = (this.sealed ??= new SealedPart(withWindows));
    if (share === 'shared') {
      this.apply(group, share, -1);
      part.addShared(group);
      return [];
    }
    this.apply(group, share, -1);
    // The article hashes new to the sealed set: the changelog's delta carries only those.
    const added: number[] = [];
    for (const a of group.articles) {
      const h = hash53(a);
      if (part.articles.has(h)) continue;
      part.articles.add(h);
      added.push(h);
      if (this.sources.get(a) > 0) this.overlap++;
    }
    part.addOwn(group, unattributed);
    return added;
  }

  /**
   * A later report of a sealed claim brings its article (hash `h`): one more
   * source unless the sealed claims already have it. Returns whether it was new.
   */
  addSealedSource(article: string, h: number): boolean {
    if (!this.sealed?.articles.add(h)) return false;
    if (this.sources.get(article) > 0) this.overlap++;
    return true;
  }

  get empty(): boolean {
    return this.own.size === 0 && this.shared.size === 0 && (this.sealed?.empty ?? true);
  }

  // ---- live + sealed, as the snapshot and the daily bucket show them ----

  get count(): number {
    return this.total + (this.sealed?.total ?? 0);
  }

  get sharedCount(): number {
    return this.sharedTotal + (this.sealed?.sharedTotal ?? 0);
  }

  get claims(): number {
    return this.own.size + (this.sealed?.claims ?? 0);
  }

  get sourceCount(): number {
    return this.sources.size + (this.sealed ? this.sealed.articles.size - this.overlap : 0);
  }

  weapons(): Record<string, number> {
    return this.byWeapon.mergedRecord(this.sealed?.byWeapon);
  }

  claimantCounts(): Record<string, number> {
    return this.byClaimant.mergedRecord(this.sealed?.byClaimant);
  }

  countryKeys(): string[] {
    return Object.keys(this.countries.mergedRecord(this.sealed?.countries));
  }

  /** The own claims' windows at `asOf`, live and sealed, and until when they hold (windowsAt). */
  ownWindows(asOf: number): WindowsAt {
    return plus(windowsAt(this.own.values(), asOf), this.sealed?.own?.windowsAt(asOf));
  }

  sharedWindows(asOf: number): WindowsAt {
    return plus(windowsAt(this.shared.values(), asOf), this.sealed?.shared?.windowsAt(asOf));
  }
}

function plus(a: WindowsAt, b: WindowsAt | undefined): WindowsAt {
  if (!b) return a;
  const x = a.counts;
  const y = b.counts;
  return {
    counts: { '24h': x['24h'] + y['24h'], '7d': x['7d'] + y['7d'], '30d': x['30d'] + y['30d'], all: x.all + y.all },
    until: Math.min(a.until, b.until),
  };
}

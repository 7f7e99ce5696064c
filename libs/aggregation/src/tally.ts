/**
 * The incremental state of one output row (a region or country snapshot) or
 * one daily bucket: the distinct claims it counts and running totals over them,
 * so a snapshot costs O(1) apart from the finite windows (README, "Cost").
 */
import type { ClaimGroup } from './corroboration';
import { Counter } from './counter';

export type Share = 'own' | 'shared';

export class Tally {
  /** Claims counted in the windows, by group id. */
  readonly own = new Map<string, ClaimGroup>();
  /** Multi-region claims that include this region: never in the windows. */
  readonly shared = new Map<string, ClaimGroup>();
  readonly byWeapon = new Counter();
  readonly byClaimant = new Counter();
  /** Articles behind the own claims, with how many claims each is behind. */
  readonly sources = new Counter();
  /** Countries of every claim touching the row, to name a water area's country. */
  readonly countries = new Counter();
  total = 0;
  sharedTotal = 0;

  apply(group: ClaimGroup, share: Share, sign: 1 | -1): void {
    this.countries.add(group.country, sign);
    if (share === 'shared') {
      if (sign === 1) this.shared.set(group.id, group);
      else this.shared.delete(group.id);
      this.sharedTotal += sign * group.count;
      return;
    }
    if (sign === 1) this.own.set(group.id, group);
    else this.own.delete(group.id);
    this.total += sign * group.count;
    this.byWeapon.add(group.weapon, sign * group.count);
    // A claim two claimants both made is credited to each: byClaimant answers
    // "how many did this claimant report", so its values may sum to more than `all`.
    for (const c of group.claimants) this.byClaimant.add(c, sign * group.count);
    for (const a of group.articles) this.sources.add(a, sign);
  }

  get empty(): boolean {
    return this.own.size === 0 && this.shared.size === 0;
  }
}

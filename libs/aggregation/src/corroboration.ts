/**
 * Corroboration: which reports are the same claim.
 *
 * Two reports are candidates when their identity agrees: scope, the sorted
 * regions (region scope) or the country (country scope), count and weapon
 * (claims.md) — and the country for region scope too, which only matters for
 * water areas: Russia's "5 drones over the Black Sea" and Ukraine's are not one
 * claim (and a country-keyed partitioning keeps them apart). Among candidates, "event date within a day" is decided by day:
 *
 * 1. A dated report (the article dated the event: `eventDate` set) belongs to
 *    the claim of that date. Same identity, same date: one claim. A different
 *    date is a different claim, even the next day — "one drone over Belgorod"
 *    every night is one claim per night, never one chain.
 * 2. An undated report (its time is when the article was published, or
 *    ingested) joins the dated claim of the same identity on its own UTC day,
 *    else on the day before (news of a night is published the morning after),
 *    else on the day after (time zones); else it stands with the other
 *    undated reports of its UTC day.
 *
 * Dated claims are grouped by dated reports alone, and an undated report's
 * place depends only on which dated claims exist, so the grouping is a
 * function of the set of reports: no arrival order can chain A (day 1), B
 * (day 2), C (day 3) into one claim, or split it differently.
 *
 * A claim's time is its earliest dated report's event time (an undated report
 * of it does not move it), else its earliest report's; its day is its date,
 * else the UTC day of its time.
 */
import type { ClaimRecord, Weapon } from '@skytally/contracts';
import { shiftDay, utcDay } from './time.util';

/** One applied report, as the core stores it. */
export interface Report {
  claim: ClaimRecord;
  /** Event time, ms. */
  time: number;
  /** Arrival (ingestedAt, else apply time), ms. */
  arrival: number;
  /** Sorted, de-duplicated regions. */
  regions: string[];
  /** byClaimant key. */
  claimantKey: string;
}

/** A distinct claim: one or more reports counted once. */
export interface ClaimGroup {
  /** Stable: identity + day + whether a dated report anchors it. */
  id: string;
  identity: string;
  scope: 'region' | 'country';
  regions: string[];
  country: string;
  count: number;
  weapon: Weapon;
  time: number;
  day: string;
  /** claimIds, sorted. */
  members: string[];
  /** Distinct articleIds, sorted. */
  articles: string[];
  /** Distinct claimant keys, sorted. */
  claimants: string[];
  /** Every report names a total it breaks down (`partOf`): see the core. */
  partOnly: boolean;
}

export function identityOf(claim: Pick<ClaimRecord, 'scope' | 'country' | 'count' | 'weapon'>, regions: string[]): string {
  const where = claim.scope === 'country' ? claim.country : `${claim.country}:${regions.join(',')}`;
  return `${claim.scope}|${where}|${claim.count}|${claim.weapon}`;
}

/** Groups the reports of one identity into distinct claims. Pure; order of `reports` is irrelevant. */
export function groupReports(identity: string, reports: Iterable<Report>): ClaimGroup[] {
  const dated = new Map<string, Report[]>();
  const undated: Report[] = [];
  for (const r of reports) {
    if (r.claim.eventDate) push(dated, r.claim.eventDate, r);
    else undated.push(r);
  }
  const datedDays = new Set(dated.keys());
  const loose = new Map<string, Report[]>();
  const attached = new Map<string, Report[]>();
  for (const r of undated) {
    const day = utcDay(r.time);
    const target = [day, shiftDay(day, -1), shiftDay(day, 1)].find((d) => datedDays.has(d));
    if (target) push(attached, target, r);
    else push(loose, day, r);
  }

  const groups: ClaimGroup[] = [];
  for (const [day, anchors] of dated) {
    groups.push(build(`${identity}|${day}|d`, identity, day, anchors, [...anchors, ...(attached.get(day) ?? [])]));
  }
  for (const [day, rs] of loose) groups.push(build(`${identity}|${day}|u`, identity, day, rs, rs));
  return groups.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function build(id: string, identity: string, day: string, timing: Report[], all: Report[]): ClaimGroup {
  const first = all[0].claim;
  return {
    id,
    identity,
    scope: first.scope,
    regions: all[0].regions,
    country: first.country,
    count: first.count,
    weapon: first.weapon,
    time: Math.min(...timing.map((r) => r.time)),
    day,
    members: sortedUnique(all.map((r) => r.claim.claimId)),
    articles: sortedUnique(all.map((r) => r.claim.articleId)),
    claimants: sortedUnique(all.map((r) => r.claimantKey)),
    partOnly: all.every((r) => Boolean(r.claim.partOf)),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

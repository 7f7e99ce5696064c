/**
 * Which instance owns which rows, and how claims are keyed so that every
 * row's whole state lives on one instance (README, "Partitioning").
 *
 * Every row is its own shard: a region row (`RU-BRY`, `SEA-BLACK`) or a
 * country row (`RU`), so instances split the regions between them by
 * partition. A claim is published under every row key it touches:
 * - a single-region claim under its region;
 * - a multi-region claim once per region (same claimId), each copy feeding
 *   that region's `shared` count;
 * - a country-scope claim under its country.
 * A country row also needs to know how much of each total its breakdown
 * covers (`unattributed`); the breakdown's rows live elsewhere, so the extract
 * stage, which sees the whole article, puts that sum on the total itself
 * (`attributed`).
 */
import type { Claim } from '@skytally/contracts';

const ISO_REGION = /^([A-Z]{2})-/;

/** The shard a row key belongs to: the row itself. */
export function rowShard(rowKey: string): string {
  return rowKey;
}

/** The country in a row key: `RU` for `RU-BRY` and `RU`; null for a water area. */
export function countryOfKey(rowKey: string): string | null {
  const m = ISO_REGION.exec(rowKey);
  if (m?.[1]) return m[1];
  return /^[A-Z]{2}$/.test(rowKey) ? rowKey : null;
}

/** The message keys a claim must be published under on `interceptions.claims`, sorted. */
export function routingKeys(claim: Pick<Claim, 'scope' | 'country' | 'regions'>): string[] {
  return claim.scope === 'country' ? [claim.country] : [...new Set(claim.regions)].sort();
}

/**
 * Which instance owns which rows, and how claims must be keyed so that every
 * row's whole state lives on one instance (README, "Partitioning").
 *
 * A row is owned by a shard: its country for `XX-…` region codes and for
 * country rows, the code itself for anything else (water areas, `SEA-BLACK`).
 * A claim touches its regions' rows and its country's row (as a total, or as a
 * part of one), so it must reach every shard in `routingKeys(claim)`. For
 * almost every claim that is just `[claim.country]`; a claim over a water area
 * or across a border is published once per shard (same claimId, so an instance
 * that owns several of them applies it once).
 */
import type { Claim } from '@skytally/contracts';

const ISO_REGION = /^([A-Z]{2})-/;

/** The shard a row key belongs to. */
export function rowShard(rowKey: string): string {
  const m = ISO_REGION.exec(rowKey);
  return m ? m[1] : rowKey;
}

/** The message keys a claim must be published under on `interceptions.claims`, sorted. */
export function routingKeys(claim: Pick<Claim, 'country' | 'regions'>): string[] {
  return [...new Set([claim.country, ...claim.regions.map(rowShard)])].sort();
}

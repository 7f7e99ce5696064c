/**
 * A region's country, and the regions both sides name as their own (occupied Donetsk, Luhansk, Zaporizhzhia, Kherson,
 * Crimea, Sevastopol): a claim placed there fits either side's country, as a sea does.
 */
import type { Claim } from '@skytally/contracts';

/** The occupied regions either side may name as its own. */
export const CONTESTED = new Set(['UA-14', 'UA-09', 'UA-23', 'UA-65', 'UA-43', 'UA-40']);
/** Every region is contested or a sea: a claim there fits either side. */
export const contestedOnly = (regions: readonly string[]): boolean =>
  regions.every((r) => CONTESTED.has(r) || r.startsWith('SEA-'));

/** A claim placed at `placed` fits `country`: the same country, or only contested regions and seas. */
export function compatible(country: string, placed: Claim): boolean {
  return country === placed.country || placed.regions.every((r) => CONTESTED.has(r) || r.startsWith('SEA-'));
}

/** "RU" for RU-BRY; null for a sea. */
export function countryOfRegion(code: string): string | null {
  return code.startsWith('SEA-') ? null : code.slice(0, 2);
}

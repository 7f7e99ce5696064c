/**
 * How the configuration and the gazetteer plug into the stage cores, in one
 * place, so a service and the CLI command on the same core (dedup) are set
 * up identically.
 */
import type { SkytallyConfig } from '@skytally/config';
import type { DedupOptions } from '@skytally/dedup';
import { findPlaces, nameOf } from '@skytally/gazetteer';

/** Dedup compares the places two articles name by their ISO codes, so "Orel" and "Oryol" agree. */
export function dedupOptionsFor(config: SkytallyConfig): DedupOptions {
  return {
    horizonDays: config.SKYTALLY_DEDUP_HORIZON_DAYS,
    maxEntries: config.SKYTALLY_DEDUP_MAX_ENTRIES,
    places: (text) => [...new Set(findPlaces(text).map((p) => p.code))],
  };
}

/** The display name of an aggregate row: "Bryansk Oblast", "Russia"; the key itself if unknown. */
export function rowName(key: string): string {
  return nameOf(key) ?? key;
}

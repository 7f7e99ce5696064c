/**
 * @skytally/gazetteer: the places skytally knows, and how reporters name them.
 *
 * Every Russian federal subject (ISO 3166-2:RU), every Ukrainian oblast with
 * Kyiv city, Crimea (UA-43) and Sevastopol (UA-40), four seas (SEA-*), and the
 * two countries. Data lives in ../data/*.json (versioned); this module only
 * indexes it. See ../README.md.
 */
import { COUNTRIES, GAZETTEER_VERSION, OFFICIALS, REGIONS, STEMS } from './gazetteer.data';
import type { Official, RegionInfo } from './gazetteer.types';

export * from './gazetteer.types';
export { findPlaces } from './find-places';
export { findOfficial } from './officials';
export { GAZETTEER_VERSION };

/** "Bryansk Oblast" for RU-BRY; null for an unknown code. */
export function regionName(code: string): string | null {
  return REGIONS.get(code)?.name ?? null;
}

/** "Russia" for RU; null for an unknown code. */
export function countryName(code: string): string | null {
  return COUNTRIES.get(code)?.name ?? null;
}

/** Whether the code is a region (subdivision or SEA-*) the gazetteer knows. */
export function isKnownRegion(code: string): boolean {
  return REGIONS.has(code);
}

/** Whether the code is a country the gazetteer knows (RU, UA). */
export function isKnownCountry(code: string): boolean {
  return COUNTRIES.has(code);
}

/** The ISO 3166-1 code of a region's country; null for seas and unknown codes. */
export function countryOfRegion(code: string): string | null {
  return REGIONS.get(code)?.country ?? null;
}

/** The region code of a country's capital (RU → RU-MOW, UA → UA-30). */
export function capitalOf(country: string): string | null {
  return COUNTRIES.get(country)?.capital ?? null;
}

/** Officials the data knows (name, role, the region they speak for). */
export function listOfficials(): readonly Official[] {
  return OFFICIALS;
}

/** Each region's stems as the gazetteer matches them, lower-cased ("bryansk" → RU-BRY; seas included), for lookups that
 * are not findPlaces' (the extractor's reading of a misspelt region name). */
export function regionStems(): ReadonlyMap<string, string> {
  return STEMS;
}

/** All regions, in data order. */
export function listRegions(): RegionInfo[] {
  return [...REGIONS.values()];
}

/** A name for any key the aggregate uses: a region code or a country code. */
export function nameOf(code: string): string | null {
  return regionName(code) ?? countryName(code);
}

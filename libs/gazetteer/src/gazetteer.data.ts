/**
 * Loads the versioned data files (../data/*.json) and builds the lookup
 * tables once: a map from a phrase's first token to the phrases that start
 * with it (longest first), so matching is one pass over the tokens.
 */
import regionsFile from '../data/regions.json';
import countriesFile from '../data/countries.json';
import officialsFile from '../data/officials.json';
import type { Official, PlaceKind, RegionInfo } from './gazetteer.types';
import { phraseTokens } from './tokenise';

export interface Phrase {
  tokens: string[];
  code: string;
  kind: PlaceKind;
  generic?: boolean;
  /** A bare alias ("Vladimir", "Leningrad"): a place only right after a locative preposition and not as part of a longer name ("in Vladimir", not "Vladimir Putin" or "the siege of Leningrad"; find-places.ts, `bareAliasIsPlace`). */
  bare?: boolean;
}

interface RegionRow {
  code: string;
  name: string;
  type: string;
  stems: string[];
  aliases: string[];
  /** Names that are places only after a locative preposition and not in a longer name (see `Phrase.bare`). */
  bareAliases?: string[];
}

export const GAZETTEER_VERSION = `regions@${regionsFile.version}+countries@${countriesFile.version}+officials@${officialsFile.version}`;

export const REGIONS: ReadonlyMap<string, RegionInfo> = new Map(
  (regionsFile.regions as RegionRow[]).map((r) => [
    r.code,
    { code: r.code, name: r.name, type: r.type, country: countryOfCode(r.code) },
  ]),
);

export const COUNTRIES: ReadonlyMap<string, { code: string; name: string; capital: string }> = new Map(
  countriesFile.countries.map((c) => [c.code, { code: c.code, name: c.name, capital: c.capital }]),
);

export const OFFICIALS: readonly Official[] = officialsFile.officials;

function countryOfCode(code: string): string | null {
  return code.startsWith('SEA-') ? null : code.slice(0, 2);
}

/** The stems of every region, by token key: used to read "the Kaluga and Moscow regions". */
export const STEMS: ReadonlyMap<string, string> = buildStems();
/** The seas by the word before "Sea", for "the Black and Azov Seas" (only before "seas": "Azov" alone is a town). */
export const SEA_STEMS: ReadonlyMap<string, string> = new Map(
  (regionsFile.regions as RegionRow[])
    .filter((r) => r.type === 'sea')
    .flatMap((r) => [r.name, ...r.aliases])
    .map((n) => /^(?:Sea of )?(\p{L}+)(?: Sea)?$/u.exec(n)?.[1])
    .filter((s): s is string => s !== undefined)
    .map((s) => [
      s.toLowerCase(),
      (regionsFile.regions as RegionRow[]).find(
        (r) => r.type === 'sea' && (r.name.includes(s) || r.aliases.some((a) => a.includes(s))),
      )!.code,
    ]),
);
/** Tokens that end a list of stems ("regions", "oblasts"). */
export const PLURAL_SUFFIXES: ReadonlySet<string> = new Set([
  'regions',
  'oblasts',
  'provinces',
  'krais',
  'republics',
  'areas',
  'territories',
]);
export const NOT_A_PLACE_WHEN_FOLLOWED_BY: ReadonlySet<string> = new Set(countriesFile.notAPlaceWhenFollowedBy);
/** Words after which no name is a place, whatever its kind ("the Kyiv regime" names a government). */
export const NOT_A_PLACE_WHEN_FOLLOWED_BY_ANY: ReadonlySet<string> = new Set(
  countriesFile.notAPlaceWhenFollowedByAny ?? [],
);
/**
 * Words that, capitalised right after a name, make it part of another proper name ("Kyiv Post", "the
 * Moscow Times", "Kyiv Independent": outlets). Only capitalised: "over Kharkiv post-midnight" is a place.
 */
export const NOT_A_PLACE_WHEN_FOLLOWED_BY_TITLE: ReadonlySet<string> = new Set(
  countriesFile.notAPlaceWhenFollowedByTitle ?? [],
);
export const PHRASES_BY_FIRST_TOKEN: ReadonlyMap<string, Phrase[]> = buildPhrases();

function buildStems(): Map<string, string> {
  const stems = new Map<string, string>();
  for (const r of regionsFile.regions as RegionRow[]) {
    for (const stem of r.stems) stems.set(phraseTokens(stem).join(' '), r.code);
  }
  return stems;
}

function buildPhrases(): Map<string, Phrase[]> {
  const byKey = new Map<string, Phrase>();
  // Later, more specific entries overwrite earlier ones with the same key:
  // aliases first, then stem + suffix, so "Moscow region" is RU-MOS while "Moscow" is RU-MOW.
  const add = (phrase: string, code: string, kind: PlaceKind, generic?: boolean, bare?: true): void => {
    const tokens = phraseTokens(phrase);
    if (tokens.length === 0) return;
    byKey.set(tokens.join(' '), {
      tokens,
      code,
      kind,
      ...(generic === undefined ? {} : { generic }),
      ...(bare === undefined ? {} : { bare }),
    });
  };
  for (const r of regionsFile.regions as RegionRow[]) {
    const kind: PlaceKind = r.type === 'sea' ? 'sea' : 'place';
    for (const alias of r.aliases) add(alias, r.code, kind);
    for (const alias of r.bareAliases ?? []) add(alias, r.code, kind, undefined, true);
    add(r.name, r.code, r.type === 'sea' ? 'sea' : 'region');
  }
  for (const r of regionsFile.regions as RegionRow[]) {
    for (const stem of r.stems) {
      for (const suffix of countriesFile.suffixes) add(`${stem} ${suffix}`, r.code, 'region');
      for (const prefix of countriesFile.prefixes) add(`${prefix} ${stem}`, r.code, 'region');
    }
  }
  for (const c of countriesFile.countries) {
    for (const n of c.names) add(n, c.code, 'country');
    for (const a of c.adjectives) add(a, c.code, 'demonym');
  }
  for (const p of countriesFile.capitalPhrases.generic) add(p, 'RU-MOW', 'capital', true);
  for (const [code, phrases] of Object.entries(countriesFile.capitalPhrases)) {
    if (code === 'generic') continue;
    for (const p of phrases) add(p, code, 'capital', false);
  }
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of byKey.values()) {
    const list = byFirst.get(phrase.tokens[0]!) ?? [];
    list.push(phrase);
    byFirst.set(phrase.tokens[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
}

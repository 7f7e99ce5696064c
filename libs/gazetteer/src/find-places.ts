/**
 * findPlaces: every place named in a text, in order, longest match first.
 *
 * One pass over word tokens with a first-token index (no big alternation
 * regex), so it is linear in the text. Names must be capitalised as names
 * are ("Perm", not "perm"); capital phrases ("the capital") need not be.
 * Lists that share a suffix ("the Pskov, Orlov and Moscow regions") are read
 * as regions, so "Moscow" there is Moscow Oblast, not the city.
 */
import {
  NOT_A_PLACE_WHEN_FOLLOWED_BY,
  NOT_A_PLACE_WHEN_FOLLOWED_BY_ANY,
  NOT_A_PLACE_WHEN_FOLLOWED_BY_TITLE,
  PHRASES_BY_FIRST_TOKEN,
  PLURAL_SUFFIXES,
  REGIONS,
  SEA_STEMS,
  STEMS,
  type Phrase,
} from './gazetteer.data';
import type { PlaceMention } from './gazetteer.types';
import { tokenise, type Token } from './tokenise';

/** Regions whose name is also a seat of government, used for it when glued to "backed", "annexed" and the like. */
const GOVERNMENT_SEATS: ReadonlySet<string> = new Set(['RU-MOW', 'UA-30', 'BY-HM', 'UA-40']);

export function findPlaces(text: string): PlaceMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const tokens = tokenise(text);
  const listed = readSuffixedLists(text, tokens);
  const out: PlaceMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const forced = listed.get(i);
    if (forced) {
      out.push(forced.mention);
      i = forced.next;
      continue;
    }
    const match = longestMatch(text, tokens, i);
    if (match) {
      out.push(match.mention);
      i = match.next;
    } else i += 1;
  }
  return out;
}

function longestMatch(text: string, tokens: Token[], i: number): { mention: PlaceMention; next: number } | null {
  const candidates = PHRASES_BY_FIRST_TOKEN.get(tokens[i]!.norm);
  if (!candidates) return null;
  for (const phrase of candidates) {
    if (!matchesAt(tokens, i, phrase)) continue;
    const first = tokens[i]!;
    const last = tokens[i + phrase.tokens.length - 1]!;
    if (phrase.kind !== 'capital' && !isUpper(text.charCodeAt(first.start))) continue;
    const after = tokens[i + phrase.tokens.length];
    // "Black Sea Fleet", "Moscow-backed", "Moscow time": the name describes something else.
    // A capital that is also a region (Moscow, Kyiv, Sevastopol) glued to the word ("Moscow-annexed Crimea",
    // "Kyiv-controlled territory") names a government too.
    if (
      after &&
      NOT_A_PLACE_WHEN_FOLLOWED_BY.has(after.norm) &&
      ((phrase.kind !== 'region' && phrase.kind !== 'country' && phrase.kind !== 'demonym') ||
        (phrase.kind === 'region' && GOVERNMENT_SEATS.has(phrase.code) && text[last.end] === '-'))
    )
      continue;
    if (after && NOT_A_PLACE_WHEN_FOLLOWED_BY_ANY.has(after.norm) && phrase.kind !== 'demonym') continue;
    if (
      after &&
      NOT_A_PLACE_WHEN_FOLLOWED_BY_TITLE.has(after.norm) &&
      isUpper(text.charCodeAt(after.start)) &&
      phrase.kind !== 'demonym'
    )
      continue;
    // "14:00 Moscow time", "Kyiv time": a time zone, whatever the name's kind
    if (after?.norm === 'time' && phrase.kind !== 'country' && phrase.kind !== 'demonym') continue;
    return { mention: mentionOf(text, phrase, first.start, last.end), next: i + phrase.tokens.length };
  }
  return null;
}

function matchesAt(tokens: Token[], i: number, phrase: Phrase): boolean {
  if (i + phrase.tokens.length > tokens.length) return false;
  for (let k = 1; k < phrase.tokens.length; k++) if (tokens[i + k]!.norm !== phrase.tokens[k]) return false;
  return true;
}

function mentionOf(text: string, phrase: Phrase, start: number, end: number): PlaceMention {
  const country =
    phrase.kind === 'country' || phrase.kind === 'demonym' ? phrase.code : (REGIONS.get(phrase.code)?.country ?? null);
  const m: PlaceMention = { code: phrase.code, country, kind: phrase.kind, start, end, text: text.slice(start, end) };
  if (phrase.generic !== undefined) m.generic = phrase.generic;
  return m;
}

/**
 * "the Kaluga and Tver regions", "Pskov, Bryansk, Orlov and Moscow regions":
 * walk back from a plural suffix over stems joined by commas and "and".
 * Returns mentions keyed by their first token index.
 */
function readSuffixedLists(text: string, tokens: Token[]): Map<number, { mention: PlaceMention; next: number }> {
  const found = new Map<number, { mention: PlaceMention; next: number }>();
  for (let s = 1; s < tokens.length; s++) {
    const seas = tokens[s]!.norm === 'seas';
    if (!seas && !PLURAL_SUFFIXES.has(tokens[s]!.norm)) continue;
    let j = s; // exclusive end of the stem we look for
    let first = true;
    const items: Array<{ from: number; to: number; code: string }> = [];
    for (;;) {
      const stem = stemEndingAt(text, tokens, j, seas ? SEA_STEMS : STEMS);
      if (!stem) break;
      items.push({ from: j - stem.length, to: first ? s + 1 : j, code: stem.code });
      first = false;
      const before = j - stem.length; // index of the stem's first token
      if (before === 0) break;
      const gap = text.slice(tokens[before - 1]!.end, tokens[before]!.start);
      const prev = tokens[before - 1]!.norm;
      if (/^\s*,\s*$/.test(gap) && !['and', 'or'].includes(prev)) j = before;
      else if ((prev === 'and' || prev === 'or') && /^\s+$/.test(gap) && before >= 2) j = before - 1;
      else break; // (an Oxford comma "Kursk, and Belgorod" passes: the comma sits before "and")
    }
    if (items.length < 2) continue; // a single "X regions" is handled by the phrase table
    for (const it of items) {
      const start = tokens[it.from]!.start;
      const end = tokens[it.to - 1]!.end;
      found.set(it.from, {
        mention: {
          code: it.code,
          country: REGIONS.get(it.code)?.country ?? null,
          kind: seas ? 'sea' : 'region',
          start,
          end,
          text: text.slice(start, end),
        },
        next: it.to,
      });
    }
  }
  return found;
}

function stemEndingAt(
  text: string,
  tokens: Token[],
  j: number,
  stems: ReadonlyMap<string, string>,
): { length: number; code: string } | null {
  for (let len = 3; len >= 1; len--) {
    if (j - len < 0) continue;
    const key = tokens
      .slice(j - len, j)
      .map((t) => t.norm)
      .join(' ');
    const code = stems.get(key);
    if (code && isUpper(text.charCodeAt(tokens[j - len]!.start))) return { length: len, code };
  }
  return null;
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
}

/**
 * The guard: what two nearly identical texts must agree on to be one report.
 *
 * Ministry bulletins are templated, so "nine drones over the Bryansk region on
 * Tuesday" and "eleven drones over the Kursk region on Wednesday" can share
 * almost every shingle. MinHash cannot tell them apart; this can. From each
 * text we take facts as (group, value) pairs:
 *
 *  - numbers, digits or words, grouped by the noun they count ("n:drone" = 9);
 *    synonyms share a group (drones, UAVs, unmanned aerial vehicles);
 *  - dates: weekday, day-and-month, year, clock time (each its own group);
 *  - places, from the pluggable place finder (one group), and separately the
 *    places that follow "over", where the interceptions happened.
 *
 * Two texts CONFLICT when, in some group both mention, each has a value the
 * other lacks. A copy that dropped a paragraph has fewer values (a subset), a
 * copy with outlet boilerplate has more (a superset): neither conflicts. Two
 * different nights' bulletins put different values in the same slot: they do.
 *
 * A fingerprint is a sorted Uint32Array of tokens: 12 bits of group hash,
 * 20 bits of value hash, so each group's values are contiguous.
 */
import { foldForComparison } from '@skytally/text';
import { hashString } from './hash';
import { isNumberWord, ordinalWord, parseDigits, parseNumberWords } from './number-words';

export type PlaceFinder = (text: string) => string[];

/** How numbers are grouped: by the noun they count, or all in one set. */
export type NumberGrouping = 'unit' | 'set';

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
/** Words between a number and the noun it counts. */
const FILLER = new Set([
  'more', 'than', 'the', 'ukrainian', 'russian', 'enemy', 'attack', 'hostile', 'fixed', 'wing', 'aircraft',
  'type', 'combat', 'long', 'range', 'guided', 'additional', 'further', 'other', 'kamikaze', 'shahed', 'strike',
  'air', 'aerial', 'cruise', 'ballistic', 'incoming', 'suicide', 'jet', 'powered', 'enemy\'s', 'kyiv', 'regime',
  'heavy', 'small', 'large', 'explosive', 'laden',
]);
/** Nouns that count the same thing, folded to one group. */
const UNIT_SYNONYMS: Record<string, string> = {
  drone: 'drone', drones: 'drone', uav: 'drone', uavs: 'drone', unmanned: 'drone', bpla: 'drone',
  missile: 'missile', missiles: 'missile', rocket: 'rocket', rockets: 'rocket', bomb: 'bomb', bombs: 'bomb',
  people: 'person', persons: 'person', civilians: 'person', residents: 'person',
};

const TOKEN = /\d{1,2}:\d{2}|\d{1,3}(?:,\d{3})+|\d+(?:st|nd|rd|th)?|\p{L}+(?:'\p{L}+)?/gu;

function unitOf(words: readonly string[], i: number): string {
  for (let j = i; j < words.length && j < i + 4; j++) {
    const w = words[j];
    if (FILLER.has(w)) continue;
    if (w in UNIT_SYNONYMS) return UNIT_SYNONYMS[w];
    if (/^\d/.test(w)) return '-';
    return w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w;
  }
  return '-';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The facts of a text as readable "group=value" strings (sorted, unique). */
export function guardFacts(text: string, places: PlaceFinder, grouping: NumberGrouping = 'unit'): string[] {
  const words: string[] = [];
  const folded = foldForComparison(text);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m !== null; m = TOKEN.exec(folded)) words.push(m[0]);

  const facts = new Set<string>();
  const number = (value: number, next: number) => {
    const unit = grouping === 'unit' ? unitOf(words, next) : '*';
    facts.add(`n:${unit}=${value}`);
  };

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (WEEKDAYS.has(w)) {
      facts.add(`weekday=${w}`);
      continue;
    }
    if (/^\d{1,2}:\d{2}$/.test(w)) {
      facts.add(`time=${w.padStart(5, '0')}`);
      continue;
    }
    const month = MONTHS[w];
    if (month !== undefined && (w.length > 3 || w === 'may')) {
      // "June 12" / "June 12th"; "12 June" is handled from the number's side
      const day = parseDigits(words[i + 1] ?? '') ?? ordinalWord(words[i + 1] ?? '');
      if (day !== null && day >= 1 && day <= 31) {
        facts.add(`date=${pad(month)}-${pad(day)}`);
        i++;
      } else if (w !== 'may') facts.add(`month=${w}`);
      continue;
    }
    const digits = parseDigits(w);
    if (digits !== null) {
      const nextMonth = MONTHS[words[i + 1] ?? ''];
      const afterOf = words[i + 1] === 'of' ? MONTHS[words[i + 2] ?? ''] : undefined;
      if (digits >= 1 && digits <= 31 && (nextMonth !== undefined || afterOf !== undefined) && (words[i + 1] ?? '').length > 2) {
        facts.add(`date=${pad((nextMonth ?? afterOf) as number)}-${pad(digits)}`);
        i += nextMonth !== undefined ? 1 : 2;
        continue;
      }
      if (digits >= 1990 && digits <= 2049 && /^\d{4}$/.test(w)) {
        facts.add(`year=${digits}`);
        continue;
      }
      number(digits, i + 1);
      continue;
    }
    if (isNumberWord(w) || (w === 'a' && isNumberWord(words[i + 1] ?? ''))) {
      if (w === 'a' && !(words[i + 1] === 'dozen' || words[i + 1] === 'hundred' || words[i + 1] === 'thousand')) continue;
      const parsed = parseNumberWords(words, i);
      if (parsed !== null) {
        number(parsed.value, i + parsed.used);
        i += parsed.used - 1;
      }
    }
  }
  for (const p of places(text)) {
    const name = foldForComparison(p);
    facts.add(`place=${name}`);
    // Where the drones were downed is the report itself; a region named in
    // passing elsewhere ("flights in Kaluga were halted") must not hide that
    // the interceptions moved from one region to another.
    if (folded.includes(`over ${name}`) || folded.includes(`over the ${name}`)) facts.add(`place-over=${name}`);
  }
  return [...facts].sort();
}

/** Hashes facts into the compact sorted token array the index stores. */
export function fingerprintOf(facts: readonly string[]): Uint32Array {
  const out = new Uint32Array(facts.length);
  for (let i = 0; i < facts.length; i++) {
    const eq = facts[i].indexOf('=');
    const group = hashString(facts[i], 0, eq) >>> 20;
    const value = hashString(facts[i], eq + 1) & 0xfffff;
    out[i] = ((group << 20) | value) >>> 0;
  }
  out.sort();
  // drop repeats (hash collisions of equal facts cannot happen; equal tokens only from collisions)
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i];
  return out.subarray(0, n);
}

/**
 * Whether two fingerprints conflict: some group present in both where each
 * side has a value the other lacks. Both arrays sorted ascending.
 */
export function conflicts(a: Uint32Array, aFrom: number, aTo: number, b: Uint32Array, bFrom: number, bTo: number): boolean {
  let i = aFrom;
  let j = bFrom;
  while (i < aTo && j < bTo) {
    const ga = a[i] >>> 20;
    const gb = b[j] >>> 20;
    if (ga < gb) {
      i++;
      continue;
    }
    if (gb < ga) {
      j++;
      continue;
    }
    // same group: walk both runs
    let aOnly = false;
    let bOnly = false;
    while (i < aTo && j < bTo && a[i] >>> 20 === ga && b[j] >>> 20 === ga) {
      if (a[i] === b[j]) {
        i++;
        j++;
      } else if (a[i] < b[j]) {
        aOnly = true;
        i++;
      } else {
        bOnly = true;
        j++;
      }
    }
    while (i < aTo && a[i] >>> 20 === ga) {
      aOnly = true;
      i++;
    }
    while (j < bTo && b[j] >>> 20 === ga) {
      bOnly = true;
      j++;
    }
    if (aOnly && bOnly) return true;
  }
  return false;
}

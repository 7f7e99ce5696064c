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
const MONTHS = new Map<string, number>(Object.entries({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}));
/** Words between a number and the noun it counts. */
const FILLER = new Set([
  'more', 'than', 'the', 'ukrainian', 'russian', 'enemy', 'attack', 'hostile', 'fixed', 'wing', 'aircraft',
  'type', 'combat', 'long', 'range', 'guided', 'additional', 'further', 'other', 'kamikaze', 'shahed', 'strike',
  'air', 'aerial', 'cruise', 'ballistic', 'incoming', 'suicide', 'jet', 'powered', 'enemy\'s', 'kyiv', 'regime',
  'heavy', 'small', 'large', 'explosive', 'laden',
]);
/** Nouns that count the same thing, folded to one group. */
const UNIT_SYNONYMS = new Map<string, string>(Object.entries({
  drone: 'drone', drones: 'drone', uav: 'drone', uavs: 'drone', unmanned: 'drone', bpla: 'drone',
  missile: 'missile', missiles: 'missile', rocket: 'rocket', rockets: 'rocket', bomb: 'bomb', bombs: 'bomb',
  people: 'person', persons: 'person', civilians: 'person', residents: 'person',
}));

/** Words the fact scanner stops at; everything else is skipped without making a string. */
const INTERESTING = new Set<string>([...WEEKDAYS, ...MONTHS.keys(), 'a', 'zero', 'one', 'two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
  'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred',
  'thousand', 'million', 'dozen']);

/**
 * Lazily materialised tokens of folded text: runs of letters/digits, with an
 * inner apostrophe ("enemy's"), comma or colon between digits ("1,200",
 * "03:40"). Only tokens that can start a fact, and the few words after them,
 * become strings: the guard runs on every article and most words are neither.
 */
class Tokens {
  readonly start: number[] = [];
  readonly end: number[] = [];
  /** FNV-1a of each token, to test INTERESTING without making a string. */
  private readonly hash: number[] = [];
  private readonly cache: (string | undefined)[] = [];

  constructor(private readonly text: string) {
    const n = text.length;
    let i = 0;
    while (i < n) {
      while (i < n && !isWordChar(text.charCodeAt(i))) i++;
      if (i >= n) break;
      const s = i;
      let h = 0x811c9dc5 | 0;
      for (;;) {
        for (let c = text.charCodeAt(i); i < n && isWordChar(c); c = text.charCodeAt(++i)) h = Math.imul(h ^ c, 0x01000193);
        const c = text.charCodeAt(i);
        const prev = text.charCodeAt(i - 1);
        const next = text.charCodeAt(i + 1);
        const digitJoin = (c === 44 || c === 58) && isDigit(prev) && isDigit(next);
        const apostrophe = c === 39 && isLetter(prev) && isLetter(next);
        if (i < n - 1 && (digitJoin || apostrophe)) h = Math.imul(h ^ text.charCodeAt(i++), 0x01000193);
        else break;
      }
      this.hash.push(h);
      this.start.push(s);
      this.end.push(i);
    }
  }

  get length(): number {
    return this.start.length;
  }

  at(i: number): string {
    if (i < 0 || i >= this.start.length) return '';
    let w = this.cache[i];
    if (w === undefined) {
      w = this.text.slice(this.start[i], this.end[i]);
      this.cache[i] = w;
    }
    return w;
  }

  /** Whether token i may start a fact (a digit, or a word in INTERESTING). */
  interesting(i: number): boolean {
    const c = this.text.charCodeAt(this.start[i]);
    if (isDigit(c)) return true;
    return INTERESTING_HASHES.has(this.hash[i]) && INTERESTING.has(this.at(i));
  }
}

const fnv = (w: string) => {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h;
};
const INTERESTING_HASHES = new Set([...INTERESTING].map(fnv));

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));
const isWordChar = (c: number) => isDigit(c) || isLetter(c);

function unitOf(words: Tokens, i: number): string {
  for (let j = i; j < words.length && j < i + 4; j++) {
    const w = words.at(j);
    if (FILLER.has(w)) continue;
    const synonym = UNIT_SYNONYMS.get(w);
    if (synonym !== undefined) return synonym;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) return '-';
    return w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w;
  }
  return '-';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The facts of a text as readable "group=value" strings (sorted, unique). */
export function guardFacts(
  text: string,
  places: PlaceFinder,
  grouping: NumberGrouping = 'unit',
  folded = foldForComparison(text),
): string[] {
  const words = new Tokens(folded);

  const facts = new Set<string>();
  const number = (value: number, next: number) => {
    const unit = grouping === 'unit' ? unitOf(words, next) : '*';
    facts.add(`n:${unit}=${value}`);
  };

  for (let i = 0; i < words.length; i++) {
    if (!words.interesting(i)) continue;
    const w = words.at(i);
    if (WEEKDAYS.has(w)) {
      facts.add(`weekday=${w}`);
      continue;
    }
    const c0 = w.charCodeAt(0);
    const isDigit = c0 >= 48 && c0 <= 57;
    if (isDigit && w.length <= 5 && w.includes(':')) {
      facts.add(`time=${w.padStart(5, '0')}`);
      continue;
    }
    const month = isDigit ? undefined : MONTHS.get(w);
    if (month !== undefined && (w.length > 3 || w === 'may')) {
      // "June 12" / "June 12th"; "12 June" is handled from the number's side
      const day = parseDigits(words.at(i + 1)) ?? ordinalWord(words.at(i + 1));
      if (day !== null && day >= 1 && day <= 31) {
        facts.add(`date=${pad(month)}-${pad(day)}`);
        i++;
      } else if (w !== 'may') facts.add(`month=${w}`);
      continue;
    }
    const digits = isDigit ? parseDigits(w) : null;
    if (digits !== null) {
      const nextMonth = MONTHS.get(words.at(i + 1));
      const afterOf = words.at(i + 1) === 'of' ? MONTHS.get(words.at(i + 2)) : undefined;
      if (digits >= 1 && digits <= 31 && (nextMonth !== undefined || afterOf !== undefined) && (words.at(i + 1)).length > 2) {
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
    if (isDigit) continue;
    if (isNumberWord(w) || (w === 'a' && isNumberWord(words.at(i + 1)))) {
      if (w === 'a' && !(words.at(i + 1) === 'dozen' || words.at(i + 1) === 'hundred' || words.at(i + 1) === 'thousand')) continue;
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
  return conflictGroup(a, aFrom, aTo, b, bFrom, bTo) >= 0;
}

/** The 12-bit group of the first conflict between two fingerprints, or -1 when they agree. */
export function conflictGroup(a: Uint32Array, aFrom: number, aTo: number, b: Uint32Array, bFrom: number, bTo: number): number {
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
    if (aOnly && bOnly) return ga;
  }
  return -1;
}

const groupOf = (name: string) => hashString(name) >>> 20;
const DATE_GROUPS = new Set(['weekday', 'date', 'month', 'year', 'time'].map(groupOf));
const PLACE_GROUPS = new Set(['place', 'place-over'].map(groupOf));

/** What kind of fact a conflicting group holds, for the verdict's rule ("guard-numbers"…). */
export function groupKind(group: number): 'numbers' | 'dates' | 'places' {
  return DATE_GROUPS.has(group) ? 'dates' : PLACE_GROUPS.has(group) ? 'places' : 'numbers';
}

/**
 * Jaccard similarity of two fingerprints (sorted token arrays): the share of
 * facts (counts, dates, places) the two texts have in common. A re-translation
 * keeps every fact, incidental ones included (times, side counts, places named
 * in passing); an independent report of the same event shares the headline
 * facts and adds its own.
 */
export function factsJaccard(a: Uint32Array, aFrom: number, aTo: number, b: Uint32Array, bFrom: number, bTo: number): number {
  let i = aFrom;
  let j = bFrom;
  let same = 0;
  while (i < aTo && j < bTo) {
    if (a[i] === b[j]) {
      same++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  const union = aTo - aFrom + (bTo - bFrom) - same;
  return union === 0 ? 0 : same / union;
}

/**
 * A key for "reports the same counts": a hash of the sorted distinct values
 * the text counts (numbers grouped under a noun, whatever the noun), or 0 when
 * they are too few to mean anything (one small number is in every other
 * article). Re-translations keep the counts; the key finds them when their
 * words no longer do.
 */
export function countsKey(facts: readonly string[]): number {
  const values: number[] = [];
  for (const f of facts) {
    if (!f.startsWith('n:')) continue;
    const v = Number(f.slice(f.indexOf('=') + 1));
    if (v >= 2 && !values.includes(v)) values.push(v);
  }
  if (values.length === 0 || (values.length === 1 && values[0] < 10)) return 0;
  values.sort((x, y) => x - y);
  const key = hashString(values.join(','));
  return key === 0 ? 1 : key;
}

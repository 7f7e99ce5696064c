/**
 * The one reader of English number words, shared by extraction and dedup:
 * "nine", "twenty-five" (as one word, or as "twenty" "-" "five", or as
 * "twenty" "five"), "a hundred and twelve", "two dozen", "1.2 million" is the
 * caller's (digits), "three million". A new unit after a unit or a tens word
 * starts a new number ("five six" is 5 then 6; "twenty thirty" is 20 then 30);
 * a scale word needs a number or "a" before it ("hundred" alone is no number).
 */

const UNITS = new Map<string, number>([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);
const TENS = new Map<string, number>([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
/** Scales that close a group and add it to the total. */
const BIG = new Map<string, number>([
  ['thousand', 1000],
  ['million', 1_000_000],
]);
const ORDINALS = new Map<string, number>([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
]);

/** 'zero' … 'nineteen', in order: UNIT_WORDS[n] spells n. */
export const UNIT_WORDS: readonly string[] = [...UNITS.keys()];
/** 'twenty' … 'ninety', in order. */
export const TENS_WORDS: readonly string[] = [...TENS.keys()];
/** Every word that can be part of a cardinal number this reader reads ("a" aside). */
export const CARDINAL_WORDS: readonly string[] = [...UNITS.keys(), ...TENS.keys(), 'hundred', ...BIG.keys(), 'dozen'];

/** n spelled out for 0 ≤ n ≤ 20 (generators write small counts as words), else null. */
export function smallNumberWord(n: number): string | null {
  if (n === 20) return 'twenty';
  return Number.isInteger(n) && n >= 0 && n < 20 ? (UNIT_WORDS[n] ?? null) : null;
}

/** Random access to lower-case words; '' past either end. */
export interface WordSource {
  readonly length: number;
  at(i: number): string;
}

/** The unit and tens words in one set: isNumberStart is asked of nearly every word extraction reads. */
const STARTS: ReadonlySet<string> = new Set([...UNITS.keys(), ...TENS.keys()]);

/** A unit ("one" … "nineteen") or tens word ("twenty" … "ninety"): a word that can start a number. */
export function isNumberStart(w: string): boolean {
  return STARTS.has(w);
}

/** True for a word that can start or continue a spelled-out number. */
export function isNumberWord(w: string): boolean {
  return UNITS.has(w) || TENS.has(w) || w === 'hundred' || BIG.has(w) || w === 'dozen';
}

/** True for a scale word that "a" can stand before ("a dozen", "a hundred", "a thousand", "a million"). */
export function isScaleWord(w: string): boolean {
  return w === 'dozen' || w === 'hundred' || BIG.has(w);
}

type Last = 'none' | 'unit' | 'tens' | 'scale' | 'and';

/** "twenty-five" written as one word: its value, else null. */
function hyphenated(w: string): number | null {
  const dash = w.indexOf('-');
  if (dash < 0) return null;
  const tens = TENS.get(w.slice(0, dash));
  const unit = UNITS.get(w.slice(dash + 1));
  return tens !== undefined && unit !== undefined && unit > 0 && unit < 10 ? tens + unit : null;
}

/**
 * Parses the words from `i` as one number: its value and how many words it
 * used, or null when no number starts there. "and" is taken only between a
 * scale word and a following unit or tens word ("one hundred and twelve");
 * a '-' word only between a tens word and a unit ("twenty" "-" "five").
 */
export function parseNumberWords(words: WordSource, i: number): { value: number; used: number } | null {
  // A number starts with "a" (before a scale word), a unit or tens word, or a
  // hyphenated one ("twenty-five"): any other first word is turned away by the
  // loop below at its first step, and most words are one.
  const first = words.at(i);
  if (first !== 'a' && !STARTS.has(first) && !first.includes('-')) return null;
  let total = 0;
  let current = 0;
  let last: Last = 'none';
  let j = i;
  if (words.at(j) === 'a' && isScaleWord(words.at(j + 1))) {
    current = 1;
    last = 'unit';
    j++;
  }
  let used = 0;
  for (; j < words.length; j++) {
    const w = words.at(j);
    const unit = UNITS.get(w);
    const tens = TENS.get(w);
    const big = BIG.get(w);
    const compound = unit === undefined && tens === undefined ? hyphenated(w) : null;
    if (unit !== undefined) {
      if (last === 'unit') break;
      if (last === 'tens' && (unit === 0 || unit >= 10)) break;
      current += unit;
      last = 'unit';
    } else if (tens !== undefined || compound !== null) {
      if (last === 'unit' || last === 'tens') break;
      current += tens ?? compound ?? 0;
      last = compound !== null ? 'unit' : 'tens';
    } else if (w === '-' && last === 'tens') {
      const u = UNITS.get(words.at(j + 1));
      if (u === undefined || u === 0 || u >= 10) break;
      current += u;
      last = 'unit';
      j++;
    } else if (w === 'hundred' && (last === 'unit' || last === 'tens')) {
      current = current * 100;
      last = 'scale';
    } else if (big !== undefined && last !== 'none' && last !== 'and') {
      total += (current || 1) * big;
      current = 0;
      last = 'scale';
    } else if (w === 'dozen' && (last === 'unit' || last === 'tens')) {
      current = current * 12;
      last = 'scale';
    } else if (w === 'and' && last === 'scale' && isNumberStart(words.at(j + 1))) {
      last = 'and';
      continue;
    } else break;
    used = j - i + 1;
  }
  if (used === 0) return null;
  return { value: total + current, used };
}

/** Words of an array as a WordSource (for tests and simple callers). */
export function wordArray(words: readonly string[]): WordSource {
  return { length: words.length, at: (i) => words[i] ?? '' };
}

/** "1,200" / "1 200" (already joined by the caller) / "3rd" / "12th" to an integer, else null. */
export function parseDigits(token: string): number | null {
  const c = token.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return null; // fast path: most tokens are words
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)?$/.exec(token);
  const digits = m?.[1];
  if (digits === undefined) return null;
  const n = Number(digits.replace(/,/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

/** "first" … "tenth" to 1 … 10, else null. */
export function ordinalWord(w: string): number | null {
  return ORDINALS.get(w) ?? null;
}

/**
 * Reads English number words ("nine", "twenty-five", "a hundred and twelve",
 * "1,200", "3rd") as integers, so a copy that writes "9" where the original
 * wrote "nine" still carries the same number, and "nine" vs "eleven" differ.
 */

const UNITS = new Map<string, number>(
  Object.entries({
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
  }),
);
const TENS = new Map<string, number>(
  Object.entries({
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  }),
);
const SCALES = new Map<string, number>(Object.entries({ hundred: 100, thousand: 1000, million: 1_000_000 }));
const ORDINALS = new Map<string, number>(
  Object.entries({
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
  }),
);

/** True for a word that can start or continue a spelled-out number. */
export function isNumberWord(w: string): boolean {
  return UNITS.has(w) || TENS.has(w) || SCALES.has(w) || w === 'dozen';
}

/**
 * Parses a run of lower-case words starting at `i` as a number. Returns the
 * value and how many words it used, or null. "and" is allowed inside a number
 * only after a scale word ("a hundred and twelve"); "a"/"one" before a scale.
 */
/** Random access to words; '' past either end. */
export interface WordSource {
  readonly length: number;
  at(i: number): string;
}

export function parseNumberWords(words: WordSource, i: number): { value: number; used: number } | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let any = false;
  let j = i;
  if (words.at(j) === 'a' && (SCALES.has(words.at(j + 1)) || words.at(j + 1) === 'dozen')) {
    current = 1;
    j++;
  }
  for (; j < words.length; j++) {
    const w = words.at(j);
    const unit = UNITS.get(w);
    const tens = TENS.get(w);
    if (unit !== undefined) current += unit;
    else if (tens !== undefined) current += tens;
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand' || w === 'million') {
      total += (current || 1) * (SCALES.get(w) as number);
      current = 0;
    } else if (
      w === 'and' &&
      any &&
      (words.at(j - 1) === 'hundred' || words.at(j - 1) === 'thousand') &&
      isNumberWord(words.at(j + 1))
    ) {
      continue;
    } else break;
    any = true;
    used = j - i + 1;
  }
  if (!any) return null;
  return { value: total + current, used };
}

/** "1,200" / "1 200" (already joined by the caller) / "3rd" / "12th" to an integer, else null. */
export function parseDigits(token: string): number | null {
  const c = token.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return null; // fast path: most tokens are words
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)?$/.exec(token);
  if (!m) return null;
  const n = Number(m[1].replace(/,/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

export function ordinalWord(w: string): number | null {
  return ORDINALS.get(w) ?? null;
}

/**
 * Reads English number words ("nine", "twenty-five", "a hundred and twelve",
 * "1,200", "3rd") as integers, so a copy that writes "9" where the original
 * wrote "nine" still carries the same number, and "nine" vs "eleven" differ.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

/** True for a word that can start or continue a spelled-out number. */
export function isNumberWord(w: string): boolean {
  return w in UNITS || w in TENS || w in SCALES || w === 'dozen';
}

/**
 * Parses a run of lower-case words starting at `i` as a number. Returns the
 * value and how many words it used, or null. "and" is allowed inside a number
 * only after a scale word ("a hundred and twelve"); "a"/"one" before a scale.
 */
export function parseNumberWords(words: readonly string[], i: number): { value: number; used: number } | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let any = false;
  let j = i;
  if (words[j] === 'a' && (words[j + 1] in SCALES || words[j + 1] === 'dozen')) {
    current = 1;
    j++;
  }
  for (; j < words.length; j++) {
    const w = words[j];
    if (w in UNITS) current += UNITS[w];
    else if (w in TENS) current += TENS[w];
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand' || w === 'million') {
      total += (current || 1) * SCALES[w];
      current = 0;
    } else if (w === 'and' && any && (words[j - 1] === 'hundred' || words[j - 1] === 'thousand') && isNumberWord(words[j + 1] ?? '')) {
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
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)?$/.exec(token);
  if (!m) return null;
  const n = Number(m[1].replace(/,/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

export function ordinalWord(w: string): number | null {
  return ORDINALS[w] ?? null;
}

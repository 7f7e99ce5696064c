/**
 * Numbers as reporters write counts: digits with separators ("1,200"), words
 * up to the thousands ("twenty-five", "one hundred and twelve"), "a dozen",
 * "two dozen", and the article "a"/"an"/"another" (weak: a count only when a
 * weapon noun follows). Qualifiers come from the words before the number.
 * Years, times, percentages, money, model numbers ("Il-76") and compounds
 * ("four-hour") are not counts.
 */
import type { Qualifier } from '@skytally/contracts';
import { ORDINALS } from './lexicon';
import type { Tok } from './tokens';

export interface NumberAt {
  value: number;
  /** Token index of the first token of the number (after any qualifier). */
  from: number;
  /** Token index just past the number. */
  to: number;
  /** "a"/"an"/"another": only a count when a weapon noun follows. */
  weak: boolean;
}

const UNITS: Record<string, number> = {
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
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000 };

export function isNumberWord(w: string): boolean {
  return w in UNITS || w in TENS || w in SCALES || w === 'dozen';
}

/** Parses a number starting at token i, or returns null. */
export function numberAt(toks: Tok[], i: number, text: string, base: number): NumberAt | null {
  const t = toks[i]!;
  if (t.kind === 'n') return digitsAt(toks, i, text, base);
  if (t.kind !== 'w') return null;
  if (t.low === 'a' || t.low === 'an') {
    const next = toks[i + 1];
    if (next && (next.low === 'dozen' || next.low === 'hundred' || next.low === 'thousand')) {
      const parsed = wordsAt(toks, i + 1, text, base, 1);
      return parsed ? { ...parsed, from: i } : null;
    }
    if (next && next.low === 'single') return { value: 1, from: i, to: i + 2, weak: true };
    // "a fourth was intercepted": one more
    if (next && ORDINALS.has(next.low)) return { value: 1, from: i, to: i + 2, weak: true };
    return { value: 1, from: i, to: i + 1, weak: true };
  }
  // "another three drones": the number that follows is the count
  if (
    t.low === 'another' &&
    toks[i + 1] &&
    (toks[i + 1]!.kind === 'n' || toks[i + 1]!.low in UNITS || toks[i + 1]!.low in TENS)
  )
    return null;
  if (t.low === 'another' || t.low === 'single') return { value: 1, from: i, to: i + 1, weak: true };
  // "both missiles" = 2 (claims.md, edge case 9); weak: a count only with a weapon noun or a verb after it
  if (t.low === 'both') return { value: 2, from: i, to: i + 1, weak: true };
  if (t.low === 'half' && toks[i + 1]?.low === 'a' && toks[i + 2]?.low === 'dozen')
    return { value: 6, from: i, to: i + 3, weak: false };
  if (!(t.low in UNITS) && !(t.low in TENS)) return null;
  return wordsAt(toks, i, text, base, 0);
}

function wordsAt(toks: Tok[], i: number, text: string, base: number, seed: number): NumberAt | null {
  let total = 0;
  let current = seed;
  let j = i;
  // What the previous word was, so "five six" or "twenty thirty" stop the number.
  let last: 'none' | 'unit' | 'tens' | 'scale' | 'and' = seed ? 'scale' : 'none';
  for (;;) {
    const t = toks[j];
    if (!t || t.kind !== 'w') break;
    const w = t.low;
    if (w in UNITS) {
      if (last === 'unit') break;
      current += UNITS[w]!;
      last = 'unit';
    } else if (w in TENS) {
      if (last === 'unit' || last === 'tens') break;
      current += TENS[w]!;
      last = 'tens';
      // twenty-five
      const u = toks[j + 2];
      if (toks[j + 1]?.raw === '-' && u && u.low in UNITS && adjacent(t, toks[j + 1]!, u)) {
        current += UNITS[u.low]!;
        last = 'unit';
        j += 2;
      }
    } else if (w === 'hundred' && last !== 'none') {
      current = (current || 1) * 100;
      last = 'scale';
    } else if (w === 'thousand' && last !== 'none') {
      total += (current || 1) * 1000;
      current = 0;
      last = 'scale';
    } else if (w === 'dozen' && last !== 'none' && last !== 'and') {
      current = (current || 1) * 12;
      last = 'scale';
    } else if (
      w === 'and' &&
      last === 'scale' &&
      toks[j + 1] &&
      (toks[j + 1]!.low in UNITS || toks[j + 1]!.low in TENS)
    ) {
      // "one hundred and twelve"
      last = 'and';
    } else break;
    j++;
  }
  if (last === 'none') return null;
  const value = total + current;
  if (value <= 0) return null;
  // "four-hour", "one-way": a compound adjective, not a count.
  const next = toks[j];
  if (next?.raw === '-' && next.start === toks[j - 1]!.end && toks[j + 1]?.kind === 'w' && !(toks[j + 1]!.low in UNITS))
    return null;
  void text;
  void base;
  return { value, from: i, to: j, weak: false };
}

function digitsAt(toks: Tok[], i: number, text: string, base: number): NumberAt | null {
  const t = toks[i]!;
  const at = t.start - base;
  const before = text[at - 1] ?? ' ';
  const before2 = text[at - 2] ?? ' ';
  const after = text[at + t.raw.length] ?? ' ';
  const after2 = text[at + t.raw.length + 1] ?? ' ';
  // Il-76, Kh-101, Su-34, 2023-09-12; $125; 40-strong; 00:45; 15%; 3rd
  if (before === '-' && /[\p{L}\d]/u.test(before2)) return null;
  if ('$£€₴₽#№'.includes(before)) return null;
  if (after === '-' && /[\p{L}\d]/u.test(after2)) return null;
  if ((after === ':' || after === '/') && /\d/.test(after2)) return null;
  if ((before === ':' || before === '/') && /\d/.test(before2)) return null;
  if (after === '%' || /\p{L}/u.test(after)) return null;
  // "Kh-59MK2": a digit glued to letters is part of a model name
  if (/\p{L}/u.test(before)) return null;
  let value: number;
  if (/^\d{1,3}(,\d{3})+$/.test(t.raw) || /^\d+$/.test(t.raw)) value = Number(t.raw.replace(/,/g, ''));
  else if (/^\d+\.\d+$/.test(t.raw) && toks[i + 1]?.low === 'thousand') value = Math.round(Number(t.raw) * 1000);
  else return null;
  let to = i + 1;
  // "1 200 drones", "1 023": a thousands group after a space (a non-breaking one too), as translated reports write them
  const group = toks[i + 1];
  if (
    group &&
    group.kind === 'n' &&
    /^\d{3}$/.test(group.raw) &&
    /^\d{1,3}$/.test(t.raw) &&
    group.start - t.end === 1 &&
    /[ \u00a0\u202f]/.test(text[at + t.raw.length] ?? '') &&
    toks[i + 2]?.kind !== 'n'
  ) {
    value = value * 1000 + Number(group.raw);
    to = i + 2;
  } else if (toks[i + 1]?.low === 'thousand' && /^\d+$/.test(t.raw)) {
    value *= 1000;
    to++;
  } else if (toks[i + 1]?.low === 'thousand') to++;
  if (!Number.isSafeInteger(value) || value <= 0) return null;
  return { value, from: i, to, weak: false };
}

function adjacent(a: Tok, b: Tok, c: Tok): boolean {
  return a.end === b.start && b.end === c.start;
}

const QUALIFIERS: Array<[string[], Qualifier]> = [
  [['at', 'least'], 'at_least'],
  [['no', 'fewer', 'than'], 'at_least'],
  [['not', 'less', 'than'], 'at_least'],
  [['no', 'less', 'than'], 'at_least'],
  [['a', 'minimum', 'of'], 'at_least'],
  [['more', 'than'], 'more_than'],
  [['over'], 'more_than'],
  [['upwards', 'of'], 'more_than'],
  [['in', 'excess', 'of'], 'more_than'],
  [['up', 'to'], 'up_to'],
  [['as', 'many', 'as'], 'up_to'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['some'], 'about'],
  [['approximately'], 'about'],
  [['approx'], 'about'],
  [['roughly'], 'about'],
  [['nearly'], 'about'],
  [['almost'], 'about'],
  [['close', 'to'], 'about'],
  [['an', 'estimated'], 'about'],
  [['estimated'], 'about'],
  [['circa'], 'about'],
  [['~'], 'about'],
];

/** The qualifier written just before token index `from`, and where it starts. */
export function qualifierBefore(toks: Tok[], from: number): { qualifier: Qualifier; from: number } {
  for (const [words, q] of QUALIFIERS) {
    const s = from - words.length;
    if (s < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) if (toks[s + k]!.low !== words[k]) ok = false;
    if (ok) return { qualifier: q, from: s };
  }
  return { qualifier: 'exact', from };
}

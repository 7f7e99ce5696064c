/**
 * Numbers as reporters write counts: digits with separators ("1,200"), words
 * up to the thousands ("twenty-five", "one hundred and twelve"), "a dozen",
 * "two dozen", and the article "a"/"an"/"another" (weak: a count only when a
 * weapon noun follows). Qualifiers come from the words before the number.
 * Years, times, percentages, money, model numbers ("Il-76") and compounds
 * ("four-hour") are not counts.
 */
import type { Qualifier } from '@skytally/contracts';
import { isNumberStart, isScaleWord, parseNumberWords, type WordSource } from '@skytally/text';
import { ORDINALS } from './lexicon';
import type { Tok } from './tokens';
import { RULES } from './rules';

export interface NumberAt {
  value: number;
  /** Token index of the first token of the number (after any qualifier). */
  from: number;
  /** Token index just past the number. */
  to: number;
  /** "a"/"an"/"another": only a count when a weapon noun follows. */
  weak: boolean;
  /** "30-odd drones", "forty-odd": a round number written as approximate (qualifier `about`). */
  odd?: true;
}

/** "30-odd", "forty-odd": a hyphen and "odd" glued after the number make it approximate, not a compound adjective. */
function oddAfter(toks: Tok[], j: number): boolean {
  const h = toks[j];
  const o = toks[j + 1];
  return h?.raw === '-' && o?.low === 'odd' && toks[j - 1]?.end === h.start && h.end === o.start;
}

/** Token words as the shared parser reads them: a '-' only when glued on both sides ("twenty-five"). */
function tokenWords(toks: Tok[]): WordSource {
  return {
    length: toks.length,
    at(j: number): string {
      const t = toks[j];
      if (!t) return '';
      if (t.kind === 'w') return t.low;
      if (t.raw !== '-') return '';
      const prev = toks[j - 1];
      const next = toks[j + 1];
      return prev !== undefined && next !== undefined && prev.end === t.start && t.end === next.start ? '-' : '';
    },
  };
}

const DAY_PARTS = new Set(['morning', 'afternoon', 'evening']);
// "0500 GMT", "1300 UTC", "6:00 MSK": wire copy gives times by zone (fresh si dev: two counts of 600 and 1710)
const CLOCK_AFTER = new Set([
  'noon',
  'midnight',
  'am',
  'pm',
  'hrs',
  'gmt',
  'utc',
  'msk',
  'cet',
  'cest',
  'eet',
  'eest',
  'bst',
]);

/** "half past nine", "nine in the morning", "twelve noon", "9 o'clock", "10 a.m.": a time of day, not a count. */
function clockTime(toks: Tok[], from: number, to: number): boolean {
  const before = toks[from - 1]?.low;
  if (before === 'past' || (before === 'to' && (toks[from - 2]?.low === 'quarter' || toks[from - 2]?.low === 'half')))
    return true;
  const a = toks[to]?.low;
  if (a === undefined) return false;
  if (clockAfter(toks, to)) return true;
  // "between 2 and 4 am", "from 11 to 3 a.m.", "2-4 am": the first hour of a range of hours
  const next = toks[to + 1];
  if (
    (a === 'and' || a === 'to' || a === '-' || a === '–') &&
    next !== undefined &&
    (next.kind === 'n' || isNumberStart(next.low))
  )
    return clockAfter(toks, to + 2);
  return a === 'in' && toks[to + 1]?.low === 'the' && DAY_PARTS.has(toks[to + 2]?.low ?? '');
}

/** "am", "pm", "noon", "o'clock", "a.m.", a time zone from token `k`: the number before it is an hour. */
function clockAfter(toks: Tok[], k: number): boolean {
  const a = toks[k]?.low;
  if (a === undefined) return false;
  if (CLOCK_AFTER.has(a)) return true;
  if (a === 'o' && toks[k + 1]?.raw === "'" && toks[k + 2]?.low === 'clock') return true;
  return (a === 'a' || a === 'p') && toks[k + 1]?.raw === '.' && toks[k + 2]?.low === 'm';
}

const ORDINAL_VALUES: ReadonlyMap<string, number> = new Map(
  ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map((w, k) => [w, k + 2]),
);

/** What "the fourth" did when it was not downed: "the fourth hit an industrial site" (rule theNextOrdinal, review). */
const GOT_THROUGH = new Set('hit hits struck crashed fell exploded landed reached damaged got evaded'.split(' '));

/** Whether a number of `value` (in digits or words) stands before token `end` in `toks` (rule theNextOrdinal). */
function countBefore(toks: Tok[], end: number, value: number): boolean {
  for (let j = 0; j < end; j++) {
    const t = toks[j]!;
    if (t.kind === 'n' ? Number(t.low) === value : isNumberStart(t.low) && wordsAt(toks, j)?.value === value)
      return true;
  }
  return false;
}

/** Parses a number starting at token i, or returns null. */
export function numberAt(toks: Tok[], i: number, text: string, base: number): NumberAt | null {
  const n = numberAtRaw(toks, i, text, base);
  return n !== null && !n.weak && clockTime(toks, n.from, n.to) ? null : n;
}

function numberAtRaw(toks: Tok[], i: number, text: string, base: number): NumberAt | null {
  // Past the last token (a sentence that ends "… 15 of them"): no number there, not an error.
  const t = toks[i];
  if (t === undefined) return null;
  if (t.kind === 'n') {
    const d = digitsAt(toks, i, text, base);
    // "3 dozen drones" = 36, as "three dozen" is (rule digitDozen)
    if (
      d !== null &&
      RULES.digitDozen &&
      !d.weak &&
      toks[d.to]?.low === 'dozen' &&
      Number.isInteger(d.value) &&
      d.value < 100
    )
      return { ...d, value: d.value * 12, to: d.to + 1 };
    return d;
  }
  if (t.kind !== 'w') return null;
  // "Three … while the fourth was destroyed": one more after a count one less (rule theNextOrdinal)
  if (t.low === 'the' && RULES.theNextOrdinal) {
    const k = ORDINAL_VALUES.get(toks[i + 1]?.low ?? '');
    return k !== undefined &&
      toks[i + 2]?.low !== 'of' &&
      toks[i - 1]?.low !== 'on' &&
      !GOT_THROUGH.has(toks[i + 2]?.low ?? '') &&
      countBefore(toks, i, k - 1)
      ? { value: 1, from: i, to: i + 2, weak: true }
      : null;
  }
  if (t.low === 'a' || t.low === 'an') {
    const next = toks[i + 1];
    if (next && isScaleWord(next.low)) {
      return wordsAt(toks, i);
    }
    if (next && next.low === 'single') return { value: 1, from: i, to: i + 2, weak: true };
    // "a few enemy air targets": a vague number, no count (and not one)
    if (next && next.low === 'few') return null;
    // "roughly a score of enemy drones": twenty, as translations write it (a count only with a weapon noun; not "a score
    // of 3-1"; rule aScoreOf)
    if (
      RULES.aScoreOf &&
      next?.low === 'score' &&
      toks[i + 2]?.low === 'of' &&
      toks[i + 3]?.kind === 'w' &&
      !isNumberStart(toks[i + 3]!.low)
    )
      return { value: 20, from: i, to: i + 3, weak: true };
    // "a pair of Kh-59 missiles", "a couple of drones": two (a count only with a weapon noun)
    if (next && (next.low === 'pair' || next.low === 'couple') && toks[i + 2]?.low === 'of')
      return { value: 2, from: i, to: i + 3, weak: true };
    // "a further three UAVs", "an additional 12 drones": the number that follows is the count
    const after = toks[i + 2];
    if (
      next &&
      (next.low === 'further' || next.low === 'additional') &&
      after &&
      (after.kind === 'n' || isNumberStart(after.low))
    )
      return null;
    // "a fourth was intercepted": one more; but "a third of the 90 drones" is a fraction of a set, no count
    if (next && ORDINALS.has(next.low))
      return toks[i + 2]?.low === 'of' ? null : { value: 1, from: i, to: i + 2, weak: true };
    return { value: 1, from: i, to: i + 1, weak: true };
  }
  // "another three drones": the number that follows is the count
  if (t.low === 'another' && toks[i + 1] && (toks[i + 1]!.kind === 'n' || isNumberStart(toks[i + 1]!.low))) return null;
  // ("intercepted every single Kinzhal": all of them, not one; rule everySingle)
  if (t.low === 'single' && RULES.everySingle && toks[i - 1]?.low === 'every') return null;
  if (t.low === 'another' || t.low === 'single') return { value: 1, from: i, to: i + 1, weak: true };
  // "both missiles" = 2 (claims.md, edge case 9); weak: a count only with a weapon noun or a verb after it
  if (t.low === 'both') return { value: 2, from: i, to: i + 1, weak: true };
  if (t.low === 'half' && toks[i + 1]?.low === 'a' && toks[i + 2]?.low === 'dozen')
    return { value: 6, from: i, to: i + 3, weak: false };
  if (!isNumberStart(t.low)) return null;
  return wordsAt(toks, i);
}

function wordsAt(toks: Tok[], i: number): NumberAt | null {
  const parsed = parseNumberWords(tokenWords(toks), i);
  if (parsed === null || parsed.value <= 0) return null;
  const j = i + parsed.used;
  // "a dozen and a half" = 18: half a dozen more
  if (toks[j - 1]?.low === 'dozen' && toks[j]?.low === 'and' && toks[j + 1]?.low === 'a' && toks[j + 2]?.low === 'half')
    return { value: parsed.value + 6, from: i, to: j + 3, weak: false };
  // "four-hour", "one-way": a compound adjective, not a count.
  const next = toks[j];
  const after = toks[j + 1];
  const lastTok = toks[j - 1];
  if (oddAfter(toks, j)) return { value: parsed.value, from: i, to: j + 2, weak: false, odd: true };
  if (
    next?.raw === '-' &&
    lastTok !== undefined &&
    next.start === lastTok.end &&
    after?.kind === 'w' &&
    !isNumberStart(after.low)
  )
    return null;
  return { value: parsed.value, from: i, to: j, weak: false };
}

const PERCENT_RANGE_AFTER = /^\s*(?:[-–—]|to)\s*\d+(?:[.,]\d+)?\s*(?:%|percent\b|per\s+cent\b)/i;

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
  if (oddAfter(toks, i + 1) && /^\d+$/.test(t.raw))
    return { value: Number(t.raw), from: i, to: i + 3, weak: false, odd: true };
  if (after === '-' && /[\p{L}\d]/u.test(after2)) return null;
  if ((after === ':' || after === '/') && /\d/.test(after2)) return null;
  if ((before === ':' || before === '/') && /\d/.test(before2)) return null;
  if (after === '%' || /\p{L}/u.test(after)) return null;
  // "87–88 percent", "40 to 45%": the low end of a range of percentages is no count either
  if (PERCENT_RANGE_AFTER.test(text.slice(at + t.raw.length, at + t.raw.length + 24))) return null;
  // "Kh-59MK2": a digit glued to letters is part of a model name
  if (/\p{L}/u.test(before)) return null;
  let value: number;
  if (/^\d{1,3}(,\d{3})+$/.test(t.raw) || /^\d+$/.test(t.raw)) value = Number(t.raw.replace(/,/g, ''));
  else if (/^\d+\.\d+$/.test(t.raw) && toks[i + 1]?.low === 'thousand') value = Math.round(Number(t.raw) * 1000);
  // "1.386 fixed-wing UAVs": thousands after a full stop, as translations from German, Italian or Russian write them (a
  // count is whole, and no report gives threats to three decimals); "2.5 million", "0.750" are not read so
  else if (EUROPEAN_THOUSANDS.test(t.raw) && !SCALE_WORDS.has(toks[i + 1]?.low ?? ''))
    value = Number(t.raw.replace(/\./g, ''));
  else return null;
  let to = i + 1;
  // "1 200 drones", "1 023", "3 100 000": thousands groups after a space (a non-breaking one too), as translated reports
  // write them; a number after the last group makes the run something else
  let groups = i + 1;
  let grouped = value;
  if (/^\d{1,3}$/.test(t.raw))
    while (thousandsGroup(toks, groups, text, base)) grouped = grouped * 1000 + Number(toks[groups++]!.raw);
  if (groups > i + 1 && toks[groups]?.kind !== 'n') {
    value = grouped;
    to = groups;
  } else if (toks[i + 1]?.low === 'thousand' && /^\d+$/.test(t.raw)) {
    value *= 1000;
    to++;
  } else if (toks[i + 1]?.low === 'thousand') to++;
  if (!Number.isSafeInteger(value) || value <= 0) return null;
  return { value, from: i, to, weak: false };
}

const EUROPEAN_THOUSANDS = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const SCALE_WORDS = new Set(['thousand', 'million', 'billion', 'percent', 'per']);

/** Whether toks[k] is three digits one space (plain, non-breaking or narrow) after the number before it. */
function thousandsGroup(toks: Tok[], k: number, text: string, base: number): boolean {
  const g = toks[k];
  const prev = toks[k - 1]!;
  return (
    g !== undefined &&
    g.kind === 'n' &&
    /^\d{3}$/.test(g.raw) &&
    g.start - prev.end === 1 &&
    /[ \u00a0\u202f]/.test(text[prev.end - base] ?? '')
  );
}

const QUALIFIERS: Array<[string[], Qualifier]> = [
  [['at', 'least'], 'at_least'],
  [['no', 'fewer', 'than'], 'at_least'],
  [['not', 'fewer', 'than'], 'at_least'],
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
  // ("just under 30", "just short of 30": as "nearly")
  [['just', 'under'], 'about'],
  [['just', 'short', 'of'], 'about'],
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

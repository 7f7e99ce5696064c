/**
 * Where a claim's count is written in its evidence sentence, so the page can
 * highlight it. The claim carries the sentence and offsets of the sentence in
 * the body, not of the number, so the number is found again here: as digits
 * (with or without thousands separators) or as English words.
 */
import { type WordSource, parseNumberWords } from '@skytally/text';

/** A word of the text, lower-cased, and where it stands; a dash between words is a word of its own. */
interface Word {
  word: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\p{L}+|[-\u2010\u2011]/gu)].map((m) => ({
    word: m[0].length === 1 && /[-\u2010\u2011]/u.test(m[0]) ? '-' : m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * [start, end) of the first number written in words whose value is `count`, read as the extractor
 * reads them (@skytally/text: "sixty-four", "twenty five", "a hundred and twelve"); a number is read
 * whole, so the "four" of "sixty-four" is not a 4.
 */
function wordSpan(text: string, count: number): [number, number] | null {
  const words = wordsOf(text);
  const source: WordSource = { length: words.length, at: (i) => words[i]?.word ?? '' };
  for (let i = 0; i < words.length; i++) {
    const read = parseNumberWords(source, i);
    if (!read) continue;
    const first = words[i];
    const last = words[i + read.used - 1];
    if (read.value === count && first && last) return [first.start, last.end];
    i += read.used - 1;
  }
  return null;
}

/** [start, end) of the count in `text`, or null when it is not written there. */
export function numberSpan(text: string, count: number): [number, number] | null {
  const digits = String(count).replace(/\B(?=(\d{3})+(?!\d))/g, '[,.\\u00a0\\u202f ]?');
  const asDigits = new RegExp(`(?<![\\d.,])${digits}(?![\\d]|[.,]\\d)`, 'u').exec(text);
  if (asDigits) return [asDigits.index, asDigits.index + asDigits[0].length];
  return wordSpan(text, count);
}

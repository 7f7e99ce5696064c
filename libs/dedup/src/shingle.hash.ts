/**
 * Word shingles of an article body, as 32-bit hashes.
 *
 * The body is folded first (`foldForComparison`: case, quotes, dashes,
 * zero-width characters), then split into runs of letters and digits, so
 * punctuation and typography never change a shingle. Each word is hashed once
 * and a shingle's hash is a rolling combination of its words' hashes.
 */
import { foldForComparison } from '@skytally/text';
import { combine, hashString } from './hash';

const WORD = /[\p{L}\p{N}]+/gu;

/** Hashes of each word of the folded text, in order. */
export function wordHashes(folded: string): Int32Array {
  const out: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) {
    out.push(hashString(m[0]));
  }
  return Int32Array.from(out);
}

/**
 * Hashes of every run of `size` consecutive words. A text shorter than one
 * shingle yields one shingle of all its words, so even a one-line body has a
 * signature. Repeats are left in: MinHash takes minima, so they cost nothing.
 */
export function shingleHashes(words: Int32Array, size: number): Int32Array {
  const n = words.length;
  if (n === 0) return new Int32Array(0);
  const count = n >= size ? n - size + 1 : 1;
  const out = new Int32Array(count);
  const width = Math.min(size, n);
  for (let i = 0; i < count; i++) {
    let h = words[i];
    for (let j = 1; j < width; j++) h = combine(h, words[i + j]);
    out[i] = h;
  }
  return out;
}

/** Convenience: body text to shingle hashes. */
export function shinglesOf(body: string, size: number): Int32Array {
  return shingleHashes(wordHashes(foldForComparison(body)), size);
}

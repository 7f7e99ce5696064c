/**
 * Word shingles of an article body, as 32-bit hashes.
 *
 * The core takes word hashes from text.features.ts (one scan of the
 * lower-cased body); `wordHashes`/`shinglesOf` here fold the text first
 * (`foldForComparison`) and are kept for tools; they read words with the
 * same scan. Words are runs of letters and
 * digits, so punctuation and typography never change a shingle. Each word is
 * hashed once and a shingle's hash is a rolling combination of its words'
 * hashes.
 */
import { foldForComparison } from '@skytally/text';
import { combine as combineHashes } from './hash';
import { scanText } from './text.features';

/** Read once (the hot loop calls it per word). */
const combine = combineHashes;

/**
 * Hashes of each word (run of letters and digits) of the folded text, in
 * order: the words of the core's one scan (text.features.ts), copied out of
 * its reused buffer, so the tools and the core hash words the same way.
 */
export function wordHashes(folded: string): Int32Array {
  return scanText(folded).words.slice();
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
  // i + j < n: the reads are in bounds, `?? 0` only narrows the type
  for (let i = 0; i < count; i++) {
    let h = words[i] ?? 0;
    for (let j = 1; j < width; j++) h = combine(h, words[i + j] ?? 0);
    out[i] = h;
  }
  return out;
}

/** Body text (or its already folded form) to shingle hashes. */
export function shinglesOf(body: string, size: number, folded = foldForComparison(body)): Int32Array {
  return shingleHashes(wordHashes(folded), size);
}

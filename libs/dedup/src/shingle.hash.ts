/**
 * Word shingles of an article body, as 32-bit hashes.
 *
 * The core takes word hashes from text.features.ts (one scan of the
 * lower-cased body); `wordHashes`/`shinglesOf` here fold the text first
 * (`foldForComparison`) and are kept for tools. Words are runs of letters and
 * digits, so punctuation and typography never change a shingle. Each word is
 * hashed once and a shingle's hash is a rolling combination of its words'
 * hashes.
 */
import { foldForComparison } from '@skytally/text';
import { combine as combineHashes, fmix32 as fmix } from './hash';

/** Read once (the hot loops call them per word). */
const fmix32 = fmix;
const combine = combineHashes;

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const nonAsciiCache = new Map<number, boolean>();

/** Letters and digits (any script) make words; surrogate halves count as letters. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  let known = nonAsciiCache.get(c);
  if (known === undefined) {
    known = NON_ASCII_WORD.test(String.fromCharCode(c));
    nonAsciiCache.set(c, known);
  }
  return known;
}

/**
 * Hashes of each word (run of letters and digits) of the folded text, in
 * order. A hand-rolled scanner hashing as it goes: no regex, no substrings;
 * this runs on every article and is most of the cost before MinHash.
 */
export function wordHashes(folded: string): Int32Array {
  let out = new Int32Array(Math.max(16, folded.length >>> 2));
  let n = 0;
  let h = 0;
  let inWord = false;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (!inWord) {
        h = 0x811c9dc5 | 0;
        inWord = true;
      }
      h = Math.imul(h ^ c, 0x01000193);
    } else if (inWord) {
      if (n === out.length) {
        const grown = new Int32Array(out.length * 2);
        grown.set(out);
        out = grown;
      }
      out[n++] = fmix32(h);
      inWord = false;
    }
  }
  return out.subarray(0, n);
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

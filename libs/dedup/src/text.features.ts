/**
 * Everything the index compares, from one scan over the lower-cased body: the
 * hash of every word (for shingles) and where it is (for the guard's facts),
 * the key of every long sentence (for sentence anchors) and of the lede, and,
 * from the shingles, how many distinct ones there are (for containment).
 *
 * Sentences end at '.', '!' or '?' followed by a space, a closing quote or the
 * end of the text, and at a line break. A sentence's key combines the hashes
 * of its first SENTENCE_KEY_WORDS words, so punctuation and typography inside
 * it do not matter, nor a trimmed tail. Sentences of fewer than
 * MIN_SENTENCE_WORDS words ("Subscribe.", "No one was hurt.") are left out.
 * The sign bit of a key says whether the sentence carries a figure (a
 * digit): sentences without one are often the furniture unrelated articles
 * share ("The footage could not be independently verified.", a wire's
 * background paragraph), while the sentences with the counts, dates and
 * times are the report itself; the sentence rule wants one of those. As the
 * sign bit, it also sorts those sentences first, so an article's bottom-m
 * anchors are its report's own sentences when it has enough of them: a stock
 * sentence shared by more than MAX_ANCHOR_BUCKET articles (dedup.core.ts)
 * stops being tabled, and an article anchored by one would be found or not
 * depending on how many articles with it arrived first.
 */
import { combine as combineHashes, fmix32 as fmix } from './hash';

// Module-local bindings: read once, not through the importing module's binding on every call in the hot loops.
const fmix32 = fmix;
const combine = combineHashes;

/** Shorter sentences are not sentence units (boilerplate, captions, sign-offs). */
export const MIN_SENTENCE_WORDS = 6;
/**
 * A sentence is keyed by its first words only: a copy that trims the end of a
 * sentence or cuts the lede mid-sentence ("…") keeps the key.
 */
export const SENTENCE_KEY_WORDS = 8;
/** The two above as module-local constants: compiled to CommonJS, an exported const is read through `exports` (per word in the scan). */
const MIN_WORDS = MIN_SENTENCE_WORDS;
const KEY_WORDS = SENTENCE_KEY_WORDS;

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const nonAsciiCache = new Map<number, boolean>();

/**
 * Per UTF-16 code unit: 0 not met yet, 1 not a word character, 2 a word
 * character (isWordChar, memoised as met), 3 an ASCII digit (a word character
 * the sentence key notes: the class says so, no second test per character).
 * The scan reads this table for every character instead of calling isWordChar
 * (same classes; 15-20 % less time).
 */
const WORD_CLASS = new Uint8Array(65536);
const DIGIT = 3;
function wordClass(c: number): number {
  const k = c >= 48 && c <= 57 ? DIGIT : isWordChar(c) ? 2 : 1;
  WORD_CLASS[c] = k;
  return k;
}

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
 * The scan of one text. Its arrays are views of buffers the next scanText()
 * call reuses: use them (or copy what you keep) before scanning again.
 */
export interface TextScan {
  /** The text scanned (lower-cased body). */
  text: string;
  /** Hash of each word, in order. */
  words: Int32Array;
  /** Where each word starts and ends in `text`, and its FNV-1a before mixing (the guard reads these). */
  starts: Int32Array;
  ends: Int32Array;
  raw: Int32Array;
  /** Key of the first long sentence ended by punctuation (0 for none). */
  lede: number;
  /** Key of each sentence of at least MIN_SENTENCE_WORDS words, in order; lowest bit 1 when its key words hold a digit. */
  sentences: Int32Array;
  /**
   * Every code unit of `text` or-ed together: below 0xd800 the text holds no
   * surrogate half (the only code units this scan counts as word characters
   * and placeExcerpts does not), so the guard may build the place excerpts
   * from these words (see excerptsOfWords).
   */
  codeUnits: number;
  /** The code units of `text`, then a space (`units[text.length]`): a copy the next scan overwrites. */
  units: Uint16Array;
}

/** Spaces, and the quotes that may close a sentence: after '.', '!' or '?' they end it. */
function endsSentence(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 9 ||
    c === 13 ||
    c === 34 ||
    c === 39 ||
    c === 0xa0 ||
    c === 0x2019 ||
    c === 0x201d ||
    c === 0xbb ||
    (c >= 0x2000 && c <= 0x200b)
  );
}

/**
 * Word and sentence hashes of lower-cased text, and where each word is. A
 * hand-rolled scanner hashing as it goes: no regex, no substrings (this runs
 * on every article). Everything that is not a letter, digit or mark separates
 * words, so quotes, dashes and odd spaces never change a word: the text needs
 * no folding beyond lower case (ingest has already normalised the body).
 * Words before `skipBefore` (a dateline, see datelineEnd) count for shingles
 * but not for sentence keys, so a copy with a dateline keeps its lede's key.
 */
export function scanText(lower: string, skipBefore = 0): TextScan {
  const len = lower.length;
  const u = codeUnitsOf(lower);
  // scratch buffers shared between calls: the scan lives only while one article is decided
  const need = Math.max(16, len >>> 2);
  if (scratch.words.length < need) {
    scratch.words = new Int32Array(need);
    scratch.starts = new Int32Array(need);
    scratch.ends = new Int32Array(need);
    scratch.raw = new Int32Array(need);
  }
  let { words, starts, ends, raw, sentences } = scratch;
  let n = 0;
  let ns = 0;
  let sentHash = 0;
  let sentWords = 0;
  let sentDigit = false;
  let lede = 0;
  let codeUnits = 0;
  const table = WORD_CLASS;
  for (let i = 0; i <= len; i++) {
    let c = u[i] ?? 32; // i ≤ len: u[len] is the sentinel space
    codeUnits |= c;
    let k = table[c] ?? 0;
    if (k === 0) k = wordClass(c);
    if (k >= 2) {
      // a whole word in one inner loop (most characters are inside words): its
      // FNV-1a, and whether it holds a digit for the sentence key
      const start = i;
      let h = 0x811c9dc5 | 0;
      let digit = false;
      do {
        if (k === DIGIT) digit = true;
        h = Math.imul(h ^ c, 0x01000193);
        c = u[++i] ?? 32;
        codeUnits |= c;
        k = table[c] ?? 0;
        if (k === 0) k = wordClass(c);
      } while (k >= 2);
      // (a digit counts for the sentence while its key takes words: before this one is counted)
      if (digit && sentWords < KEY_WORDS) sentDigit = true;
      if (n === words.length) {
        words = grow(words);
        starts = grow(starts);
        ends = grow(ends);
        raw = grow(raw);
      }
      const w = fmix32(h);
      starts[n] = start;
      ends[n] = i;
      raw[n] = h;
      words[n++] = w;
      if (start >= skipBefore) {
        if (sentWords < KEY_WORDS) sentHash = sentWords === 0 ? w : combine(sentHash, w);
        sentWords++;
      }
    }
    // end of a sentence: . ! ? before a space or the end (not "3.5", not "u.s.a"),
    // or a line break (a headline, a byline or "WEB DESK" is not part of the lede)
    if ((c === 46 || c === 33 || c === 63 || c === 10 || i === len) && sentWords > 0) {
      if (c === 10 || i === len || endsSentence(u[i + 1] ?? 32)) {
        if (sentWords >= MIN_WORDS) {
          if (ns === sentences.length) {
            const grown = new Int32Array(sentences.length * 2);
            grown.set(sentences);
            sentences = grown;
          }
          const key = (fmix32(sentHash) & 0x7fffffff) | (sentDigit ? 0x80000000 : 0);
          sentences[ns++] = key;
          // the lede: the first long sentence that ends as a sentence does (not a bare line)
          if (lede === 0 && c !== 10 && i !== len) lede = key === 0 ? 1 : key;
        }
        sentHash = 0;
        sentWords = 0;
        sentDigit = false;
      }
    }
  }
  scratch.words = words;
  scratch.starts = starts;
  scratch.ends = ends;
  scratch.raw = raw;
  scratch.sentences = sentences;
  return {
    text: lower,
    words: words.subarray(0, n),
    starts: starts.subarray(0, n),
    ends: ends.subarray(0, n),
    raw: raw.subarray(0, n),
    sentences: sentences.subarray(0, ns),
    lede,
    codeUnits,
    units: u,
  };
}

/**
 * Where a dateline opening the text ends ("KYIV, June 3 (Reuters) - ",
 * "MOSCOW (Reuters) – ", "KYIV/MOSCOW (Reuters) - "), else 0. Reprints add and drop datelines; the lede
 * after it is the same sentence.
 */
export function datelineEnd(body: string): number {
  const head = body.slice(0, 200);
  const m = DATELINE_AT_START.exec(head);
  if (m !== null) return m[0].length;
  const kicker = KICKER_AT_START.exec(head);
  if (kicker === null) return 0;
  // ("BREAKING: KYIV, June 3 (Reuters) - …": the label, then the dateline)
  DATELINE_AFTER.lastIndex = kicker[0].length;
  return DATELINE_AFTER.test(head) ? DATELINE_AFTER.lastIndex : kicker[0].length;
}
/**
 * A label a reprint puts before the lede ("BREAKING: ", "UPDATE - ", "⚡️URGENT | "): like a dateline, its words count for
 * shingles but not for the lede's sentence key, so the lede keeps the key its original gives it.
 */
const KICKER_AT_START =
  /^(?:[^\n]{0,40}\n+)?[^\p{L}\p{N}\n]{0,4}(?:BREAKING(?: NEWS)?|UPDATED?|URGENT|EXCLUSIVE|WATCH|LIVE|FLASH|ALERT|JUST IN|DEVELOPING)\s*[:|\u2014\u2013-]\s*/u;
/**
 * A dateline: a place in capitals, an optional date after a comma and an
 * optional agency in brackets, then a dash ("KYIV, June 3 (Reuters) - ",
 * "LONDON/KYIV (Reuters) - "). One source for every regex that reads it
 * (here and guard.fingerprint.ts), so the lede and the guard agree.
 */
export const DATELINE_SOURCE = String.raw`[A-Z][A-Z.'/\- ]{1,30}(?:,[^\n\u2014\u2013-]{1,40}?)?(?: ?\([^)\n]{1,40}\))? ?[\u2014\u2013-]{1,2} `;
const DATELINE_AT_START = new RegExp(String.raw`^(?:[^\n]{0,40}\n+)?` + DATELINE_SOURCE);
/** DATELINE_SOURCE tried (sticky) where a label before the lede ends. */
const DATELINE_AFTER = new RegExp(DATELINE_SOURCE, 'y');

/**
 * The code units of the text being scanned, copied in one native call into a
 * reused array (a typed array is read about twice as fast as charCodeAt in the
 * scan's loop, which reads every character of every article), followed by a
 * space: the scan reads u[len] as the space it appended before. The copy is
 * exact: 'utf16le' writes a string's code units as they are, lone surrogates
 * included. Little-endian only (the array is read in the machine's order);
 * elsewhere the units are read with charCodeAt into the array.
 */
let unitArray = new Uint16Array(4096);
let unitBytes = Buffer.from(unitArray.buffer, unitArray.byteOffset, unitArray.byteLength);
const UTF16LE_IS_NATIVE = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

function codeUnitsOf(text: string): Uint16Array {
  const len = text.length;
  if (unitArray.length < len + 2) {
    unitArray = new Uint16Array(Math.max(len + 2, unitArray.length * 2));
    unitBytes = Buffer.from(unitArray.buffer, unitArray.byteOffset, unitArray.byteLength);
  }
  if (UTF16LE_IS_NATIVE) unitBytes.write(text, 0, 'utf16le');
  else for (let i = 0; i < len; i++) unitArray[i] = text.charCodeAt(i);
  unitArray[len] = 32;
  unitArray[len + 1] = 32;
  return unitArray;
}

const scratch: { words: Int32Array; starts: Int32Array; ends: Int32Array; raw: Int32Array; sentences: Int32Array } = {
  words: new Int32Array(1024),
  starts: new Int32Array(1024),
  ends: new Int32Array(1024),
  raw: new Int32Array(1024),
  sentences: new Int32Array(64),
};

function grow(a: Int32Array): Int32Array<ArrayBufferLike> {
  const g = new Int32Array(a.length * 2);
  g.set(a);
  return g;
}

/**
 * The `m` smallest distinct values of `xs` (signed order), ascending: a
 * bottom-m sketch. Two texts that share sentences share sketch entries with
 * a probability that depends only on the sentences, not on their order.
 */
export function bottomK(xs: Int32Array, m: number): Int32Array {
  const out = new Int32Array(m);
  let k = 0;
  // reads are in bounds (i < xs.length, indexes < m); `?? 0` only narrows the type
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] ?? 0;
    if (k === m && x >= (out[m - 1] ?? 0)) continue;
    // insertion into the sorted prefix, skipping duplicates
    let j = k < m ? k : m - 1;
    let dup = false;
    for (let p = 0; p < k; p++) if (out[p] === x) dup = true;
    if (dup) continue;
    while (j > 0 && (out[j - 1] ?? 0) > x) {
      out[j] = out[j - 1] ?? 0;
      j--;
    }
    out[j] = x;
    if (k < m) k++;
  }
  return out.subarray(0, k);
}

/** Number of distinct sentence hashes (capped at 255): counted in the reused set, not by sorting a copy. */
export function distinctCount(xs: Int32Array, cap = 255): number {
  if (xs.length <= 1) return xs.length;
  const d = collectDistinct(xs, null);
  return d > cap ? cap : d;
}

let seenTable = new Int32Array(4096);
let seenStamp = new Int32Array(4096);
let stampNow = 0;

let distinctOut = new Int32Array(1024);

/**
 * The distinct values among shingle hashes, in first-seen order (a view of a
 * buffer the next call reuses). MinHash takes minima, so the signature of
 * these is the signature of all of them, for a tenth less work.
 */
export function distinctValues(xs: Int32Array): Int32Array {
  if (distinctOut.length < xs.length) distinctOut = new Int32Array(Math.max(xs.length, distinctOut.length * 2));
  const n = collectDistinct(xs, distinctOut);
  return distinctOut.subarray(0, n);
}

/**
 * The distinct shingle hashes of a text's words, in first-seen order: the
 * same values as distinctValues(shingleHashes(words, size)) (shingle.hash.ts),
 * in one pass that hashes each shingle straight into the distinct set (no
 * array of every shingle is made). A view of a buffer the next call reuses.
 */
export function distinctShingles(words: Int32Array, size: number): Int32Array {
  const n = words.length;
  if (n === 0) return distinctOut.subarray(0, 0);
  const count = n >= size ? n - size + 1 : 1;
  const width = Math.min(size, n);
  if (distinctOut.length < count) distinctOut = new Int32Array(Math.max(count, distinctOut.length * 2));
  const out = distinctOut;
  const mask = prepareSeen(count);
  const table = seenTable;
  const stamps = seenStamp;
  const now = stampNow;
  let d = 0;
  // i + j < n: the reads are in bounds, `?? 0` only narrows the type
  for (let i = 0; i < count; i++) {
    let x = words[i] ?? 0;
    for (let j = 1; j < width; j++) x = combine(x, words[i + j] ?? 0);
    // x is already mixed (combine and the scan's word hashes end in fmix32), so its low bits are the
    // home cell; where a value sits in the set does not change the output (first-seen order)
    for (let p = x & mask; ; p = (p + 1) & mask) {
      if (stamps[p] !== now) {
        stamps[p] = now;
        table[p] = x;
        out[d++] = x;
        break;
      }
      if (table[p] === x) break;
    }
  }
  return out.subarray(0, d);
}

/**
 * Readies the reused open-addressing set for `n` values: big enough for them
 * at half load, and a new stamp (so it is never cleared). Returns its mask.
 */
function prepareSeen(n: number): number {
  let cap = seenTable.length;
  if (n * 2 > cap) {
    while (n * 2 > cap) cap *= 2;
    seenTable = new Int32Array(cap);
    seenStamp = new Int32Array(cap);
    stampNow = 0;
  }
  stampNow++;
  if (stampNow === 0x7fffffff) {
    seenStamp.fill(0);
    stampNow = 1;
  }
  return cap - 1;
}

/**
 * Counts the distinct values of `xs` (and writes them to `out` in first-seen
 * order when given) with an open-addressing set reused between calls (stamped,
 * so it is never cleared).
 */
function collectDistinct(xs: Int32Array, out: Int32Array | null): number {
  const mask = prepareSeen(xs.length);
  let d = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] ?? 0; // i < xs.length
    for (let p = fmix32(x) & mask; ; p = (p + 1) & mask) {
      if (seenStamp[p] !== stampNow) {
        seenStamp[p] = stampNow;
        seenTable[p] = x;
        if (out !== null) out[d] = x;
        d++;
        break;
      }
      if (seenTable[p] === x) break;
    }
  }
  return d;
}

/**
 * Overlap of two bottom-m sentence sketches: how many sketch entries they
 * share, and the share of the smaller side's comparable entries that the
 * other holds. Only entries at or below both sketches' largest value are
 * comparable (above it, one sketch may have dropped what the other kept); a
 * sketch with fewer than m sentences holds all of them and sets no limit.
 */
export function sketchOverlap(
  a: Int32Array,
  aOff: number,
  aLen: number,
  aComplete: boolean,
  b: Int32Array,
  bOff: number,
  bLen: number,
  bComplete: boolean,
): { shared: number; sharedWithFigures: number; containment: number } {
  if (aLen === 0 || bLen === 0) return { shared: 0, sharedWithFigures: 0, containment: 0 };
  // reads stay inside [off, off + len) of each array; `?? 0` only narrows the type
  const aMax = a[aOff + aLen - 1] ?? 0;
  const bMax = b[bOff + bLen - 1] ?? 0;
  const limit = aComplete ? (bComplete ? 0x7fffffff : bMax) : bComplete ? aMax : Math.min(aMax, bMax);
  let i = 0;
  let j = 0;
  let shared = 0;
  let figures = 0;
  let na = 0;
  let nb = 0;
  while (i < aLen && (a[aOff + i] ?? 0) <= limit) {
    na++;
    i++;
  }
  while (j < bLen && (b[bOff + j] ?? 0) <= limit) {
    nb++;
    j++;
  }
  i = 0;
  j = 0;
  while (i < na && j < nb) {
    const x = a[aOff + i] ?? 0;
    const y = b[bOff + j] ?? 0;
    if (x === y) {
      shared++;
      figures += x >>> 31;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const smaller = Math.min(na, nb);
  return { shared, sharedWithFigures: figures, containment: smaller === 0 ? 0 : shared / smaller };
}

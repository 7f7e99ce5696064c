/**
 * What the place finder reads: excerpts of a text around the words that can
 * name a place, not the whole text.
 *
 * Place names are capitalised ("Kursk", "Rostov-on-Don", "the Bryansk
 * region"); the only lower-case place phrases are those with "capital" ("the
 * capital", "capital city"). So every word that starts with a capital letter,
 * and every "capital", is kept with one word before it ("the", "in", "over")
 * and three after it (a suffix such as "region" or "oblasts", and the word
 * after a name that the finder reads to rule a match out: "Moscow time",
 * "Black Sea Fleet"); overlapping windows merge, so a list ("the Kaluga, Tver
 * and Moscow regions") stays one excerpt. Excerpts are joined by a line with a
 * word no finder knows, so no phrase or list runs from one excerpt into the
 * next. On news text most words are lower case and the finder, the costliest
 * step of the dedup guard, reads a fraction of the text.
 *
 * The contract for a `DedupOptions.places` finder: it finds a place only at a
 * capitalised word or in a phrase with "capital", and looks at most one word
 * before and three after a capitalised word.
 */

/** Words kept before and after a word that can start a place name. */
const BEFORE = 1;
const AFTER = 3;
/** Between excerpts: its own line, a word that is no place and no connector. */
export const EXCERPT_SEPARATOR = '\n\nqxq\n\n';

/**
 * Per UTF-16 code unit, filled as met: 0 unknown, 1 not a word character, 2
 * lower case or digit, 3 upper case. ASCII is filled up front, so the loops
 * below read the table and call classOf() only for a code unit not met yet.
 */
const CLASS = new Uint8Array(65536);
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const NOT_WORD = 1;
const UPPER = 3;

function classOf(c: number): number {
  const known = CLASS[c] ?? 0;
  if (known !== 0) return known;
  const s = String.fromCharCode(c);
  const k = !NON_ASCII_WORD.test(s) ? NOT_WORD : s !== s.toLowerCase() ? UPPER : 2;
  CLASS[c] = k;
  return k;
}
for (let c = 0; c < 128; c++) classOf(c);

/**
 * "capital" at `at`, case-insensitively, as a whole word ending at `end`. Only
 * "c" and "C" lower-case to "c", so a word starting otherwise is rejected
 * without making a string (most seven-letter words).
 */
function isCapitalWord(text: string, at: number, end: number): boolean {
  return end - at === 7 && (text.charCodeAt(at) | 0x20) === 99 && text.slice(at, end).toLowerCase() === 'capital';
}

let starts: Int32Array<ArrayBuffer> = new Int32Array(1024);
let ends: Int32Array<ArrayBuffer> = new Int32Array(1024);

/**
 * The excerpts of `text` that can hold a place name (see above), joined by
 * EXCERPT_SEPARATOR; the text itself when every word is in some window.
 */
export function placeExcerpts(text: string): string {
  // words: runs of letters and digits (any script)
  // (a run per word, not a flag per character, and the class table read in
  // place: this loop reads every character of every article)
  const table = CLASS;
  let n = 0;
  const len = text.length;
  for (let i = 0; i < len;) {
    let c = text.charCodeAt(i);
    let k = table[c] ?? 0;
    if (k === 0) k = classOf(c);
    if (k === NOT_WORD) {
      i++;
      continue;
    }
    if (n === starts.length) {
      starts = grow(starts);
      ends = grow(ends);
    }
    starts[n] = i++;
    for (; i < len; i++) {
      c = text.charCodeAt(i);
      k = table[c] ?? 0;
      if (k === 0) k = classOf(c);
      if (k === NOT_WORD) break;
    }
    ends[n++] = i;
  }
  return excerptsOfWords(text, starts, ends, n);
}

/**
 * placeExcerpts(text) from its words already found: the first `n` of
 * `starts`/`ends`, which must be the words placeExcerpts finds in `text` (runs
 * of letters, digits and marks). The dedup guard passes the core's word scan
 * of the text's lower case when the two agree (see guardFactSet).
 */
export function excerptsOfWords(text: string, starts: Int32Array, ends: Int32Array, n: number): string {
  const table = CLASS;
  let out = '';
  let from = -1; // first word of the open window
  let to = -1; // last word of the open window
  let kept = 0;
  for (let w = 0; w < n; w++) {
    const s = starts[w] ?? 0;
    // (placeExcerpts has met every code unit of the text; a caller's words may start with one not met yet)
    const c = text.charCodeAt(s);
    let k = table[c] ?? 0;
    if (k === 0) k = classOf(c);
    if (!(k === UPPER || isCapitalWord(text, s, ends[w] ?? s))) continue;
    const lo = Math.max(0, w - BEFORE);
    const hi = Math.min(n - 1, w + AFTER);
    if (from >= 0 && lo <= to + 1) {
      to = hi; // overlaps or touches the open window
      continue;
    }
    if (from >= 0) {
      out += (out === '' ? '' : EXCERPT_SEPARATOR) + text.slice(starts[from], ends[to]);
      kept += to - from + 1;
    }
    from = lo;
    to = hi;
  }
  if (from < 0) return '';
  if (from === 0 && to === n - 1 && out === '') return text;
  kept += to - from + 1;
  if (kept === n) return text; // every word is in a window: no excerpt is shorter than the text
  return out + (out === '' ? '' : EXCERPT_SEPARATOR) + text.slice(starts[from], ends[to]);
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const g = new Int32Array(a.length * 2);
  g.set(a);
  return g;
}

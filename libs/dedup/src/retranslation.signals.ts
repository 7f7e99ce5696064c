/**
 * Structural signals of a text for telling a re-translation from an independent report of the
 * same event (issue 12, fifth round; libs/dedup/README.md, "Re-translations"): the specifics of
 * each sentence in order (numbers as digits or words, months, capitalised names folded to a
 * consonant skeleton), and an order-preserving alignment of two texts' sentences by them.
 * `scripts/eval-dedup.ts --retranslation-signals` reads them on `dev` pairs, and the facts rule can
 * require the alignment (`factsAlignment`, off by default): the core keeps each indexed article's
 * specifics as 16-bit tokens (`specificsCode`) in its index entry, so a restored index aligns the
 * same units.
 */
const NUMBER_WORDS: Record<string, number> = {
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
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(' '),
);
/** Openings that are not the report's words: wire datelines, "MOSCOW, May 3. /TASS/. ", "SAEDNEWS: ", "Voronin: ". */
const OPENING =
  /^(?:[A-Z][A-Z.'/\- ]{1,30}(?:,[^\n\u2014\u2013-]{1,40}?)?(?: ?\([^)\n]{1,40}\))? ?[\u2014\u2013-]{1,2} |[A-Z][A-Z/ ]+, [A-Za-z]+ \d{1,2}\. \/[A-Z]+\/\. |[A-Z][A-Za-z]+: )/;

/** A capitalised name folded to a consonant skeleton (Odesa/Odessa, Kyiv/Kiev agree), 4 letters. */
const skeleton = (w: string) =>
  w
    .toLowerCase()
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1')
    .slice(0, 4);

/** The specifics of a sentence in order: numbers (digits or words), months, capitalised names after its first word. */
export function specificsOf(sentence: string): string[] {
  const out: string[] = [];
  const tokens = sentence.match(/[A-Za-z][A-Za-z'-]*|\d[\d,.]*/g) ?? [];
  tokens.forEach((t, i) => {
    const lower = t.toLowerCase();
    if (/^\d/.test(t)) {
      const v = Number.parseFloat(t.replace(/,/g, ''));
      if (Number.isFinite(v)) out.push(`n${Math.trunc(v)}`);
    } else if (Object.hasOwn(NUMBER_WORDS, lower)) out.push(`n${NUMBER_WORDS[lower]}`);
    else if (MONTHS.has(lower)) out.push(`m${lower.slice(0, 3)}`);
    else if (i > 0 && t.length > 2 && t[0] === t[0]?.toUpperCase()) out.push(`c${skeleton(t)}`);
  });
  return out;
}

/** Paragraphs of ≥ 6 words (a pasted headline or a photo credit is not one), openings removed, split into sentences. */
export function shapeOf(body: string): { paragraphs: string[][]; words: number[] } {
  const paragraphs = body
    .split(/\n+/)
    .map((p) => p.trim().replace(OPENING, ''))
    .filter((p) => p.split(/\s+/).length >= 6);
  return {
    paragraphs: paragraphs.map((p) => p.split(/(?<=[.!?"”])\s+(?=["“A-Z0-9])/).filter((s) => s.trim() !== '')),
    words: paragraphs.map((p) => p.split(/\s+/).length),
  };
}

export const setJaccard = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a);
  const y = new Set(b);
  let inter = 0;
  for (const v of x) if (y.has(v)) inter++;
  const union = x.size + y.size - inter;
  return union === 0 ? 1 : inter / union;
};

/** Order-preserving alignment of two sequences, a pair scoring `score(x, y)`; the best total. */
export function alignment<T>(xs: readonly T[], ys: readonly T[], score: (x: T, y: T) => number): number {
  let prev = new Float64Array(ys.length + 1);
  for (const x of xs) {
    const row = new Float64Array(ys.length + 1);
    ys.forEach((y, j) => {
      row[j + 1] = Math.max(prev[j + 1] ?? 0, row[j] ?? 0, (prev[j] ?? 0) + score(x, y));
    });
    prev = row;
  }
  return prev[ys.length] ?? 0;
}

/** The specifics of each sentence of a text, in order (paragraphs of ≥ 6 words, openings removed). */
export function sentenceSpecifics(body: string): string[][] {
  return shapeOf(body).paragraphs.flat().map(specificsOf);
}

/** Sentences aligned in order, each pair scored by the Jaccard of its specifics, over the larger sentence count. */
export function sentenceAlignment(a: readonly string[][], b: readonly string[][]): number {
  return (
    alignment(a, b, (x, y) => (x.length + y.length === 0 ? 0 : setJaccard(x, y))) / Math.max(a.length, b.length, 1)
  );
}

/**
 * Format tag of an encoded specifics sequence (the first code unit of `specificsCode`): an entry
 * carrying another tag is read as having none (its facts rule then never holds), never misread.
 */
export const SPECIFICS_FORMAT = 1;
/** Most code units an encoded sequence holds (tag and sentence count included): 512 B an entry at most. */
export const MAX_SPECIFICS_CODE = 256;

/** A specific as a 16-bit token (FNV-1a of its string, folded): what the index entry keeps. */
function specificToken(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  const t = ((h >>> 16) ^ h) & 0xffff;
  return t === 0 ? 1 : t; // 0 is padding in the index's arena
}

/**
 * The sentence specifics of a text as the index keeps them: [SPECIFICS_FORMAT, sentence count,
 * then for each sentence that has specifics, in order: their number, their 16-bit tokens]. A
 * sentence without specifics scores 0 against any other, so leaving it out changes no alignment;
 * the count keeps the denominator. Cut at MAX_SPECIFICS_CODE units, between sentences; the live
 * index and one restored from the changelog compare these same units, so they decide alike.
 * Made from `sentenceSpecifics` (the reference; `specificsCode` is the same in one scan).
 */
export function specificsCodeOf(sentences: readonly (readonly string[])[]): Uint16Array {
  const out: number[] = [SPECIFICS_FORMAT, Math.min(sentences.length, 0xffff)];
  let full = false;
  for (const s of sentences) {
    if (s.length === 0 || full) continue;
    const tokens = [...new Set(s.map(specificToken))];
    if (out.length + 1 + tokens.length > MAX_SPECIFICS_CODE) full = true;
    else out.push(tokens.length, ...tokens);
  }
  return Uint16Array.from(out);
}

const FNV_BASIS = 0x811c9dc5 | 0;
const fnv = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const fold16 = (h: number) => {
  const t = ((h >>> 16) ^ h) & 0xffff;
  return t === 0 ? 1 : t;
};
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Whitespace as `\s` reads it. */
const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
/** A sentence ends before whitespace after one of . ! ? " ” and before one of " “ A–Z 0–9 (shapeOf's split). */
const endsSentence = (c: number) => c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201d;
const startsSentence = (c: number) => c === 34 || c === 0x201c || (c >= 65 && c <= 90) || isDigit(c);
const isVowel = (c: number) => c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
const hashOf = (s: string) => {
  let h = FNV_BASIS;
  for (let i = 0; i < s.length; i++) h = fnv(h, s.charCodeAt(i));
  return fold16(h);
};
/**
 * Number words and months, found by their first letter, length and last letter (two words at most
 * share those: forty, fifty), then checked letter by letter: no lower-cased string is made for a
 * word of the text, and no hash computed (the strings cost most of the first version of the scan).
 */
const WORDS: { word: string; token: number }[] = [
  ...Object.entries(NUMBER_WORDS).map(([w, n]) => ({ word: w, token: hashOf(`n${n}`) })),
  ...[...MONTHS].map((m) => ({ word: m, token: hashOf(`m${m.slice(0, 3)}`) })),
];
const MAX_WORD = Math.max(...WORDS.map((w) => w.word.length));
/** A word's look-up cell: (first letter, length, last letter), lower case a–z; -1 when none can match. */
const wordCell = (first: number, len: number, last: number) =>
  first < 97 || first > 122 || last < 97 || last > 122 || len < 3 || len > MAX_WORD
    ? -1
    : ((first - 97) * (MAX_WORD + 1) + len) * 26 + (last - 97);
/** Two slots per cell, each a WORDS index + 1. */
const WORD_CELLS = new Uint8Array(26 * (MAX_WORD + 1) * 26 * 2);
WORDS.forEach(({ word }, i) => {
  const cell = wordCell(word.charCodeAt(0), word.length, word.charCodeAt(word.length - 1));
  const slot = WORD_CELLS[2 * cell] === 0 ? 2 * cell : 2 * cell + 1;
  if (cell < 0 || WORD_CELLS[slot] !== 0) throw new Error(`number words: no cell for ${word}`);
  WORD_CELLS[slot] = i + 1;
});
const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c | 0x20 : c);
/** The number word or month at p[start, end) (any case), as its token; 0 if neither. */
function wordToken(p: string, start: number, end: number): number {
  const cell = wordCell(lowerAscii(p.charCodeAt(start)), end - start, lowerAscii(p.charCodeAt(end - 1)));
  if (cell < 0) return 0;
  for (let slot = 2 * cell; slot < 2 * cell + 2; slot++) {
    const w = WORDS[(WORD_CELLS[slot] ?? 0) - 1];
    if (w === undefined) return 0;
    let same = true;
    for (let k = 1; k < w.word.length - 1 && same; k++)
      same = lowerAscii(p.charCodeAt(start + k)) === w.word.charCodeAt(k);
    if (same) return w.token;
  }
  return 0;
}

/** Adds a token to a sentence's list unless it is there. */
function addToken(sentence: number[], t: number): void {
  for (let i = 0; i < sentence.length; i++) if (sentence[i] === t) return;
  sentence.push(t);
}

/**
 * `specificsCodeOf(sentenceSpecifics(body))` in one scan of each paragraph, hashing the specifics
 * as it reads them (no strings for names), for decide(): the reference costs ≈ 10× more.
 * `retranslation.signals.spec.ts` checks the two agree on every text of the dedup corpora.
 */
export function specificsCode(body: string): Uint16Array {
  const out: number[] = [SPECIFICS_FORMAT, 0];
  let count = 0;
  let full = false;
  const sentence: number[] = [];
  // every character is read from `body` itself (a flat string): a line is [from, to), trimmed,
  // its opening skipped, as body.split(/\n+/) → trim() → replace(OPENING, '') would leave it
  const p = body;
  for (let lineStart = 0; lineStart < p.length;) {
    let lineEnd = p.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = p.length;
    let from = lineStart;
    let to = lineEnd;
    lineStart = lineEnd + 1;
    while (from < to && isSpace(p.charCodeAt(from))) from++;
    while (to > from && isSpace(p.charCodeAt(to - 1))) to--;
    const first = p.charCodeAt(from);
    if (from < to && first >= 65 && first <= 90) from += OPENING.exec(p.slice(from, to))?.[0].length ?? 0;
    // ≥ 6 words: at least 5 runs of whitespace (split(/\s+/) gives runs + 1 parts)
    let runs = 0;
    for (let j = from; j < to && runs < 5; j++) {
      if (isSpace(p.charCodeAt(j))) {
        runs++;
        while (j + 1 < to && isSpace(p.charCodeAt(j + 1))) j++;
      }
    }
    if (runs < 5) continue;
    let index = 0; // the token's index in its sentence (a sentence's first word is not a name)
    sentence.length = 0;
    let j = from;
    while (j < to) {
      const c = p.charCodeAt(j);
      if (isLetter(c)) {
        const start = j;
        let k = j;
        for (let d = c; k < to && (isLetter(d) || d === 39 || d === 45); d = p.charCodeAt(++k));
        const len = k - start;
        const word = wordToken(p, start, k);
        if (word !== 0) addToken(sentence, word);
        else if (index > 0 && len > 2 && c <= 90) {
          // `c` + skeleton(): lower case, vowels dropped, repeats collapsed, 4 letters
          let h = fnv(FNV_BASIS, 99);
          let prev = -1;
          let kept = 0;
          for (let q = start; q < k && kept < 4; q++) {
            let d = p.charCodeAt(q);
            if (d <= 90 && d >= 65) d |= 0x20;
            if (isVowel(d) || d === prev) continue;
            prev = d;
            h = fnv(h, d);
            kept++;
          }
          addToken(sentence, fold16(h));
        }
        index++;
        j = k;
      } else if (isDigit(c)) {
        const start = j;
        let k = j + 1;
        for (let d = p.charCodeAt(k); k < to && (isDigit(d) || d === 44 || d === 46); d = p.charCodeAt(++k));
        const t = p.slice(start, k);
        const v = Number.parseFloat(t.includes(',') ? t.replace(/,/g, '') : t);
        if (Number.isFinite(v)) addToken(sentence, hashOf(`n${Math.trunc(v)}`));
        index++;
        j = k;
      } else if (isSpace(c)) {
        let k = j + 1;
        while (k < to && isSpace(p.charCodeAt(k))) k++;
        if (j > 0 && k < to && endsSentence(p.charCodeAt(j - 1)) && startsSentence(p.charCodeAt(k))) {
          count++;
          if (sentence.length > 0 && !full) {
            if (out.length + 1 + sentence.length > MAX_SPECIFICS_CODE) full = true;
            else out.push(sentence.length, ...sentence);
          }
          sentence.length = 0;
          index = 0;
        }
        j = k;
      } else j++;
    }
    count++;
    if (sentence.length > 0 && !full) {
      if (out.length + 1 + sentence.length > MAX_SPECIFICS_CODE) full = true;
      else out.push(sentence.length, ...sentence);
    }
    sentence.length = 0;
  }
  out[1] = Math.min(count, 0xffff);
  return Uint16Array.from(out);
}

/** The sentences of an encoded sequence: [sentence count, each non-empty sentence's distinct tokens]; null if not readable. */
function decodeSpecifics(code: ArrayLike<number>, start: number, end: number): [number, number[][]] | null {
  if (end - start < 2 || code[start] !== SPECIFICS_FORMAT) return null;
  const sentences: number[][] = [];
  let i = start + 2;
  while (i < end) {
    const n = code[i] ?? 0;
    if (n === 0 && i === end - 1) break; // padding to a whole 32-bit word
    if (n === 0 || i + 1 + n > end) return null;
    const s: number[] = [];
    for (let k = i + 1; k <= i + n; k++) s.push(code[k] ?? 0);
    sentences.push(s);
    i += 1 + n;
  }
  return [code[start + 1] ?? 0, sentences];
}

/** Jaccard of two lists of distinct tokens. */
function distinctJaccard(x: readonly number[], y: readonly number[]): number {
  let inter = 0;
  for (const v of x) if (y.includes(v)) inter++;
  return inter / (x.length + y.length - inter);
}

/**
 * `sentenceAlignment` of two encoded sequences (`specificsCode`, `b` read from `b[bStart, bEnd)`):
 * 0 when either is not readable (another format, or none stored).
 */
export function codeAlignment(a: Uint16Array, b: ArrayLike<number>, bStart: number, bEnd: number): number {
  const x = decodeSpecifics(a, 0, a.length);
  const y = decodeSpecifics(b, bStart, bEnd);
  if (x === null || y === null) return 0;
  return alignment(x[1], y[1], distinctJaccard) / Math.max(x[0], y[0], 1);
}

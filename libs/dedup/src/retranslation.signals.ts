/**
 * Structural signals of a text for telling a re-translation from an independent report of the
 * same event (issue 12, fifth round; libs/dedup/README.md, "Re-translations"): the specifics of
 * each sentence in order (numbers as digits or words, months, capitalised names folded to a
 * consonant skeleton), and an order-preserving alignment of two texts' sentences by them.
 * Measurement only: `scripts/eval-dedup.ts --retranslation-signals` reads them on `dev` pairs, and
 * the facts rule can require the alignment (`factsAlignment`, off by default; kept in memory, not
 * in the index entry).
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
    } else if (lower in NUMBER_WORDS) out.push(`n${NUMBER_WORDS[lower]}`);
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
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  const t = ((h >>> 16) ^ h) & 0xffff;
  return t === 0 ? 1 : t; // 0 is padding in the index's arena
}

/**
 * The sentence specifics of a text as the index keeps them: [SPECIFICS_FORMAT, sentence count,
 * then for each sentence that has specifics, in order: their number, their 16-bit tokens]. A
 * sentence without specifics scores 0 against any other, so leaving it out changes no alignment;
 * the count keeps the denominator. Cut at MAX_SPECIFICS_CODE units, between sentences; the live
 * index and one restored from the changelog compare these same units, so they decide alike.
 */
export function specificsCode(body: string): Uint16Array {
  const sentences = sentenceSpecifics(body);
  const out: number[] = [SPECIFICS_FORMAT, Math.min(sentences.length, 0xffff)];
  for (const s of sentences) {
    if (s.length === 0) continue;
    const tokens = [...new Set(s.map(specificToken))];
    if (out.length + 1 + tokens.length > MAX_SPECIFICS_CODE) break;
    out.push(tokens.length, ...tokens);
  }
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

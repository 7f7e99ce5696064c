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

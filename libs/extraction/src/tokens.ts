/** Sentence tokens for the claim grammar: words, numbers and single punctuation marks, with offsets. */
export type TokKind = 'w' | 'n' | 'p';

export interface Tok {
  raw: string;
  low: string;
  start: number;
  end: number;
  kind: TokKind;
}

// ASCII and Latin/Cyrillic letter ranges instead of \p{L}: several times faster, and the text is English news.
const TOKEN = /([A-Za-z\u00C0-\u024F\u0400-\u04FF]+)|(\d+(?:[.,]\d+)*)|\S/g;

/** After an "X": a hyphen glued to a digit ("X-101"). */
const XKH = /^-\d/;

/** Tokenises `text`; offsets are shifted by `base` so they index the article body. */
export function tokens(text: string, base = 0): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const kind: TokKind = m[1] !== undefined ? 'w' : m[2] !== undefined ? 'n' : 'p';
    // "X-101", "X-22": the Cyrillic letter Kha carried over as a Latin (or Cyrillic) X is the Kh of a missile type
    const low =
      raw.length === 1 && (raw === 'X' || raw === 'Х') && XKH.test(text.slice(m.index + 1, m.index + 3))
        ? 'kh'
        : raw.toLowerCase();
    out.push({ raw, low, start: base + m.index, end: base + m.index + raw.length, kind });
  }
  return out;
}

/** Token `k` is a hyphen inside one word ("Tochka-U", "Kh-59", "RM-70"): glued to the tokens on both sides. */
export function isWordHyphen(toks: Tok[], k: number): boolean {
  const h = toks[k]!;
  return h.raw === '-' && toks[k - 1]?.end === h.start && toks[k + 1]?.start === h.end;
}

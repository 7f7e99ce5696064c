/** Sentence tokens for the claim grammar: words, numbers and single punctuation marks, with offsets. */
export type TokKind = 'w' | 'n' | 'p';

export interface Tok {
  raw: string;
  low: string;
  start: number;
  end: number;
  kind: TokKind;
}

const TOKEN = /\p{L}+|\d+(?:[.,]\d+)*|\S/gu;

/** Tokenises `text`; offsets are shifted by `base` so they index the article body. */
export function tokens(text: string, base = 0): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const c = raw.charCodeAt(0);
    const kind: TokKind = c >= 48 && c <= 57 ? 'n' : /\p{L}/u.test(raw[0]!) ? 'w' : 'p';
    out.push({ raw, low: raw.toLowerCase(), start: base + m.index, end: base + m.index + raw.length, kind });
  }
  return out;
}

/**
 * Word tokens for place matching. Hyphens, dots and apostrophes separate
 * tokens, so "Rostov-on-Don" and "Rostov on Don", "St. Petersburg" and
 * "St Petersburg" tokenise alike; a possessive "'s" is dropped ("Moscow's").
 */
export interface Token {
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const raw = m[0];
    if ((raw === 's' || raw === 'S') && start > 0 && isApostrophe(text.charCodeAt(start - 1))) continue;
    out.push({ norm: raw.toLowerCase(), start, end: start + raw.length });
  }
  return out;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

/** Tokens of a phrase from the data files, as keys. */
export function phraseTokens(phrase: string): string[] {
  return tokenise(phrase).map((t) => t.norm);
}

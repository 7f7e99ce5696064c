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

// Latin and Cyrillic letter ranges rather than \p{L}: much faster, and names are transliterated.
const WORD = /[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF]+/g;

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

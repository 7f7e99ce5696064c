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

/**
 * Latin and Cyrillic letter ranges rather than \p{L} (names are transliterated):
 * A-Z, a-z, 0-9, U+00C0-U+024F, U+0400-U+04FF, by UTF-16 code unit. A
 * char-code scan, not a regex with an object per match: dedup calls this on
 * every article (for the guard's places) and extraction on every unique one.
 * Same tokens as the regex /[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF]+/g it
 * replaced (libs/dedup/src/gazetteer-tokenise.spec.ts compares the two on
 * the fixture corpora).
 */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff);
}

export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  // Lower-case the text once and slice the tokens from it when that keeps every
  // offset (it does unless a character lower-cases to two, e.g. U+0130); the
  // ranges above hold no character whose lower case depends on its neighbours.
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  const len = text.length;
  let i = 0;
  while (i < len) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < len && isWordCode(text.charCodeAt(i))) i++;
    // a possessive "'s" is no token
    if (i - start === 1) {
      const c = text.charCodeAt(start);
      if ((c === 115 || c === 83) && start > 0 && isApostrophe(text.charCodeAt(start - 1))) continue;
    }
    out.push({ norm: aligned ? lower.slice(start, i) : text.slice(start, i).toLowerCase(), start, end: i });
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

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
const WORD_CODES = new Uint8Array(0x500);
for (let c = 0; c < 0x500; c++) {
  const ascii = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  WORD_CODES[c] = ascii || (c >= 0xc0 && c <= 0x24f) || c >= 0x400 ? 1 : 0;
}

/** A table lookup: the scan asks this of every character of every article. */
function isWordCode(c: number): boolean {
  return c < 0x500 && WORD_CODES[c] === 1;
}

/** Whether a Uint16Array reads a string's 'utf16le' bytes as its code units (a little-endian machine). */
const UTF16LE_IS_NATIVE = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * Reusable offset buffers for TokenView, grown as texts need: one per caller
 * that must not share them (findPlaces, tokenise).
 */
export class TokenBuffers {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  private units = new Uint16Array(1024);
  private unitBytes = Buffer.from(this.units.buffer);

  /**
   * The code units of `text`, then a 0 (not a word code: the scan's sentinel), copied in one
   * native call into a reused array (valid until the next call). The scan reads every character:
   * a typed array is read faster than charCodeAt, and much faster than the excerpts dedup hands
   * findPlaces, a string concatenated from slices, which charCodeAt reads through its parts. The
   * copy is exact ('utf16le' writes a string's code units as they are, lone surrogates included);
   * on a big-endian machine the units are read with charCodeAt into the array.
   */
  codeUnitsOf(text: string): Uint16Array {
    const len = text.length;
    if (this.units.length < len + 1) {
      this.units = new Uint16Array(Math.max(len + 1, this.units.length * 2));
      this.unitBytes = Buffer.from(this.units.buffer);
    }
    if (UTF16LE_IS_NATIVE) this.unitBytes.write(text, 0, 'utf16le');
    else for (let i = 0; i < len; i++) this.units[i] = text.charCodeAt(i);
    this.units[len] = 0;
    return this.units;
  }

  grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}

/**
 * The word tokens of one text as offsets, each token's lower-case text made
 * only when asked for. findPlaces looks at most tokens only to see they can
 * start no name, so it slices few of them; tokenise slices them all. The
 * offsets live in `buffers` and are valid until the next scan into them.
 */
export class TokenView {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The text's code units (TokenBuffers.codeUnitsOf), valid as the offsets are: until the next scan into the buffers. */
  readonly units: Uint16Array;
  readonly count: number;
  private readonly norms: (string | undefined)[];
  private readonly lower: string;
  private readonly aligned: boolean;

  constructor(
    readonly text: string,
    buffers: TokenBuffers,
  ) {
    const len = text.length;
    const units = buffers.codeUnitsOf(text);
    let n = 0;
    let i = 0;
    // i ≤ len: the reads are in bounds (units[len] is the sentinel 0), `?? 0` only narrows the type
    while (i < len) {
      if (!isWordCode(units[i] ?? 0)) {
        i++;
        continue;
      }
      const start = i;
      i++;
      while (isWordCode(units[i] ?? 0)) i++; // stops at the sentinel
      // a possessive "'s" is no token
      if (i - start === 1) {
        const c = units[start] ?? 0;
        if ((c === 115 || c === 83) && start > 0 && isApostrophe(units[start - 1] ?? 0)) continue;
      }
      if (n === buffers.starts.length) buffers.grow();
      buffers.starts[n] = start;
      buffers.ends[n] = i;
      n++;
    }
    this.starts = buffers.starts;
    this.ends = buffers.ends;
    this.units = units;
    this.count = n;
    this.norms = new Array<string | undefined>(n);
    // Lower-case the text once and slice the tokens from it when that keeps every
    // offset (it does unless a character lower-cases to two, e.g. U+0130); the
    // ranges above hold no character whose lower case depends on its neighbours.
    this.lower = text.toLowerCase();
    this.aligned = this.lower.length === text.length;
  }

  /** Token k lower-cased (its key in the data tables). */
  norm(k: number): string {
    let norm = this.norms[k];
    if (norm === undefined) {
      const start = this.starts[k]!;
      const end = this.ends[k]!;
      norm = this.aligned ? this.lower.slice(start, end) : this.text.slice(start, end).toLowerCase();
      this.norms[k] = norm;
    }
    return norm;
  }
}

const tokeniseBuffers = new TokenBuffers();

export function tokenise(text: string): Token[] {
  const view = new TokenView(text, tokeniseBuffers);
  const out: Token[] = [];
  for (let k = 0; k < view.count; k++) out.push({ norm: view.norm(k), start: view.starts[k]!, end: view.ends[k]! });
  return out;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

/** Tokens of a phrase from the data files, as keys. */
export function phraseTokens(phrase: string): string[] {
  return tokenise(phrase).map((t) => t.norm);
}

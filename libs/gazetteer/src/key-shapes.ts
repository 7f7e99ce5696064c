/**
 * A cheap first test of whether a word token can be one of a set of keys, by
 * its length and its first, second and last letters, before the token is lower-cased
 * and looked up. findPlaces asks it of every token; most fail it, and cost no
 * string.
 *
 * Exact only because the keys are ASCII: a token whose lower case is an ASCII
 * key is itself ASCII (the one letter in the tokeniser's ranges that
 * lower-cases to ASCII, U+0130 "İ", brings a combining dot), so it has the
 * key's length and its letters are the key's, or those upper-cased. With any
 * non-ASCII key every token passes.
 */
const MAX_LENGTH = 32;

export class KeyShapes {
  /** 1 at (length << 7 | first letter) and at (length << 7 | last letter) of every key. */
  private readonly firsts = new Uint8Array(MAX_LENGTH << 7);
  private readonly lasts = new Uint8Array(MAX_LENGTH << 7);
  /**
   * A bit at (length << 14 | first << 7 | second) of every key of two letters or
   * more. Against the 1,063 phrase starts, 70 % of capitalised words pass firsts
   * and lasts; of those that are no key, 9 % pass this too (dedup's texts of the
   * core bench, session 11), so few are sliced and looked up in vain.
   */
  private readonly seconds = new Uint32Array((MAX_LENGTH << 14) >> 5);
  private readonly allPass: boolean;

  constructor(keys: Iterable<string>) {
    let allPass = false;
    for (const key of keys) {
      if (!isAscii(key) || key.length >= MAX_LENGTH) allPass = true;
      else {
        this.firsts[(key.length << 7) | key.charCodeAt(0)] = 1;
        this.lasts[(key.length << 7) | key.charCodeAt(key.length - 1)] = 1;
        if (key.length >= 2) {
          const bit = (key.length << 14) | (key.charCodeAt(0) << 7) | key.charCodeAt(1);
          this.seconds[bit >> 5]! |= 1 << (bit & 31);
        }
      }
    }
    this.allPass = allPass;
  }

  /** False when text[start, end) lower-cased can be none of the keys. */
  mayHold(text: string, start: number, end: number): boolean {
    if (this.allPass) return true;
    const length = end - start;
    if (length >= MAX_LENGTH) return false;
    const first = lowerAscii(text.charCodeAt(start));
    if (first > 127 || this.firsts[(length << 7) | first] === 0) return false;
    const last = lowerAscii(text.charCodeAt(end - 1));
    if (last > 127 || this.lasts[(length << 7) | last] === 0) return false;
    if (length < 2) return true;
    const second = lowerAscii(text.charCodeAt(start + 1));
    if (second > 127) return false;
    const bit = (length << 14) | (first << 7) | second;
    return (this.seconds[bit >> 5]! & (1 << (bit & 31))) !== 0;
  }
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

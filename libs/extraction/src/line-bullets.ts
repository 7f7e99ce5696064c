/**
 * Bullets that open a line: Telegram channels (a governor's or an air force's posts, and the pages that repost them)
 * open each paragraph with an emoji ("🔹", "⚡️", "❗️", "🔴"), bulletins and liveblogs with "•", "▪", "►" or "- ". The
 * rules that read the start of a line (a wire dateline, "MOSCOW, June 3 -"; a list's line, "8 – over the Bryansk
 * region") saw the bullet there instead: with an emoji before each paragraph, the claims of 43 of the 2,565 dev
 * passages changed, with "- " 41 ("Kyiv" in "🔹KYIV, Ukraine —" read as the place, a list's lines as prose).
 *
 * Each bullet is read as line breaks, one for one (offsets are the body's, and a line break is where a bullet stands
 * anyway), so the line starts after it. A bullet is a run of pictographs, symbols and their joiners, or a dash or an
 * asterisk before a space, at the start of a line; a number that opens a line ("1. Bryansk region") is the text's.
 */
import { RULES } from './rules';

/** A bullet at the start of a line: pictographs and symbols (with emoji joiners and variation selectors), or "-", "–", "—", "*" before a space; and the spaces after it. */
const BULLET =
  /(?:(?:[\p{Extended_Pictographic}\p{So}\u2022\u2023\u2043\u25aa-\u25ff\u2b1b-\u2b55]|\ufe0f|\u200d|\u20e3)+|[-–—*](?= ))[ ]*/uy;

/** The text with every bullet that opens a line as line breaks, one for one; the same string when it has none, as most have (rule lineBullets). */
export function blankLineBullets(text: string): string {
  if (!RULES.lineBullets) return text;
  let out: string | null = null;
  for (let at = 0; at < text.length;) {
    const end = bulletEnd(text, at);
    if (end > at) out = (out ?? text).slice(0, at) + '\n'.repeat(end - at) + (out ?? text).slice(end);
    const next = text.indexOf('\n', end);
    if (next < 0) break;
    at = next + 1;
  }
  return out ?? text;
}

/** Where the bullet opening the line at `at` ends, else `at`: ASCII letters, digits and quotes (most line starts) without the pattern. */
function bulletEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128 && c !== 42 && c !== 45) return at; // (an ASCII line start other than "*" and "-": no bullet)
  BULLET.lastIndex = at;
  return BULLET.test(text) ? BULLET.lastIndex : at;
}

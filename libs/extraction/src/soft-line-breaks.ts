/**
 * Hard-wrapped text: a plain-text wire feed, an e-mail bulletin or a page's text copied from a PDF breaks its
 * paragraphs into lines of a fixed width, and the rules read a line break as the end of a sentence (a pasted
 * headline, a list's line). Wrapping the dev split's bodies at 72 columns changed the claims of 597 of 2,565 passages:
 * "shot down 12⏎drones over Belgorod" lost its noun, "Governor⏎Vyacheslav Gladkov said" its speaker.
 *
 * A greedy wrap breaks a line only where the next word would not fit, so a break is soft when the line and the next
 * line's first word together exceed the text's width (its longest line that goes on in the next). A headline, a
 * list's line or a caption is shorter than that and keeps its break. The text counts as wrapped only when it has
 * lines that stop mid-sentence and go on in lower case, which a list or a post of one sentence a line never has.
 */
import { RULES } from './rules';

/** Wrap widths seen in plain-text news (60–80 columns, PDFs' text up to about 110). */
const MIN_WIDTH = 40;
const MAX_WIDTH = 120;
/** A first line longer than the width is a headline up to this length, else a paragraph on one line: not wrapped. */
const MAX_HEADLINE = 160;
/** How far past the other lines' width a first line may run and still be wrapped, when it stops mid-sentence. */
const HEADLINE_SLACK = 4;
/** Lines that stop mid-sentence and go on in lower case, needed before a text is read as wrapped. */
const MIN_LOWER_CONTINUATIONS = 1;

/**
 * The text with each soft line break as a space, one character for one (offsets are the body's); the same string when
 * the text is not hard-wrapped, as almost every article is not (rule softLineBreaks).
 */
export function unwrapLines(text: string): string {
  if (!RULES.softLineBreaks) return text;
  // the width: the longest line (not the first: a headline may run past the wrap). A page's text with a paragraph on
  // each line has lines longer than any wrap (most articles: the scan stops at the first), and its captions, links and
  // tags on short lines of their own
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0 || firstBreak > MAX_HEADLINE) return text;
  const starts = [0];
  let width = 0;
  for (let i = firstBreak; i >= 0;) {
    const next = text.indexOf('\n', i + 1);
    const length = (next < 0 ? text.length : next) - i - 1;
    if (length > MAX_WIDTH) return text;
    if (length > width) width = length;
    starts.push(i + 1);
    i = next;
  }
  const lines = starts.length;
  if (lines < 4 || width < MIN_WIDTH) return text;
  const endOf = (k: number) => (k + 1 < lines ? starts[k + 1]! - 1 : text.length);
  const lengthOf = (k: number) => endOf(k) - starts[k]!;

  const soft: number[] = [];
  let lowerContinuations = 0;
  for (let k = 0; k + 1 < lines; k++) {
    const length = lengthOf(k);
    const next = starts[k + 1]!;
    if (length === 0 || lengthOf(k + 1) === 0) continue;
    const last = text[endOf(k) - 1]!;
    const lower = /\p{Ll}/u.test(text[next]!);
    // (a line that ends a sentence or opens a list, on a full stop or a colon, keeps its break; so does a first line longer than the width, a
    // headline, unless it runs a few characters past the other lines mid-sentence: the width is theirs, a lower bound)
    if (!/[\p{L}\p{N},;…)"'’”-]/u.test(last)) continue;
    if (k === 0 && length > width && (length > width + HEADLINE_SLACK || !(lower || /[\p{N},]/u.test(last)))) continue;
    if (length + 1 + firstWordLength(text, next, endOf(k + 1)) <= width) continue;
    soft.push(next - 1);
    if (lower && /[\p{L},]/u.test(last)) lowerContinuations++;
  }
  if (lowerContinuations < MIN_LOWER_CONTINUATIONS) return text;
  let out = '';
  let from = 0;
  for (const at of soft) {
    out += text.slice(from, at) + ' ';
    from = at + 1;
  }
  return out + text.slice(from);
}

/** The length of the word that opens the line from `start` to `end`. */
function firstWordLength(text: string, start: number, end: number): number {
  const space = text.indexOf(' ', start);
  return (space < 0 || space > end ? end : space) - start;
}

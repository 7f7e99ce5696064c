/**
 * The same text laid out another way: hard-wrapped lines and bullets that open a line. The extractor reads a line break
 * as the end of a sentence (a pasted headline, a list's line) and a line's start as where a dateline or a list's item
 * begins, so it reads the text through both folds (dedup through the bullets only), one character for one (offsets are
 * the body's; the stored body is the article's own).
 *
 * - **Soft line breaks.** A plain-text wire feed, an e-mail bulletin or a PDF's text breaks its paragraphs into lines
 *   of a fixed width. A greedy wrap breaks a line only where the next word would not fit, so a break is soft when the
 *   line, a space and the next line's first word exceed the text's width (its longest line after the first). The text
 *   counts as wrapped only when every line after the first is at most 120 characters, at least two and at least a third
 *   of the breaks that would be soft go on in lower case after a letter or a comma, and a sentence ends somewhere: a
 *   wrap falls mid-sentence, where most words are in lower case, while a post of one item a line goes on with a capital
 *   ("Odesa region: 9 drones"), its one lower-case line is a link or a note, and it often has no full stop. A break
 *   after a full stop or a colon is kept, and so is a break before a line that opens a list's item (a bullet of
 *   symbols; a dash when a line beside it opens with one too) or a dateline ("LONDON/KYIV, June 1 (Reuters) -"), after
 *   a paragraph's first line of page furniture ("Read also: …", fields between bars) unless it stops mid-sentence, and
 *   after a first line longer than the others (a headline), unless it runs at most four characters past them and stops
 *   mid-sentence (on a number, a comma or a function word) or the second line goes on in lower case: the width measured
 *   on the other lines is a lower bound of the real one.
 * - **Line bullets.** Telegram channels open each paragraph with an emoji ("🔹", "⚡️", "❗️"), bulletins with "•", "▪",
 *   "►", "→" or "- ". A run of pictographs, symbols and their joiners, or a dash or an asterisk before a space, at the
 *   start of a line is read as line breaks, so the line starts after it. A number ("1. Bryansk region"), "©", "°", "№"
 *   and "™" are the text's.
 */

/** Wrap widths seen in plain-text news (60–80 columns, PDFs' text up to about 110). */
const MIN_WIDTH = 40;
const MAX_WIDTH = 120;
/** A first line longer than this is a paragraph on one line, not a headline: the text is not wrapped. */
const MAX_HEADLINE = 160;
/** Breaks that go on in lower case after a letter or a comma, at least, before a text is read as wrapped. */
const MIN_LOWER_CONTINUATIONS = 2;
/** How far past the other lines' width a first line may run and still be wrapped, when it stops mid-sentence or the next line goes on in lower case. */
const HEADLINE_SLACK = 4;

/**
 * The text with each soft line break as a space, one character for one; the same string when the text is not
 * hard-wrapped, as almost every article is not (an article whose second line is longer than 120 characters costs two
 * `indexOf` calls).
 */
export function unwrapLines(text: string): string {
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

  const soft: number[] = [];
  let lowerContinuations = 0;
  for (let k = 0; k + 1 < lines; k++) {
    const start = starts[k]!;
    const end = endOf(k);
    const next = starts[k + 1]!;
    const nextEnd = endOf(k + 1);
    const length = end - start;
    if (length === 0 || nextEnd === next) continue;
    const last = text[end - 1]!;
    const lower = /\p{Ll}/u.test(text[next]!);
    if (!/[\p{L}\p{N},;…)"'’”-]/u.test(last)) continue;
    // (the text's first line, longer than the others, is a headline unless it runs only just past them mid-sentence)
    if (
      k === 0 &&
      length > width &&
      (length > width + HEADLINE_SLACK || !(lower || MID_SENTENCE_END.test(text.slice(end - 6, end))))
    )
      continue;
    // (a paragraph that opens with a labelled line, "Read also: …", "Photo: …", or a bar of fields, "Kyiv Independent |
    // Sunday, June 1", opens with page furniture, run into the text after it only mid-sentence)
    const opensParagraph = k === 0 || starts[k - 1] === start - 1;
    if (
      opensParagraph &&
      HEADER.test(text.slice(start, end)) &&
      !(lower || MID_SENTENCE_END.test(text.slice(end - 6, end)))
    )
      continue;
    if (length + 1 + firstWordLength(text, next, nextEnd) <= width) continue;
    if (opensItem(text, starts, k + 1) || DATELINE_START.test(text.slice(next, Math.min(nextEnd, next + 40)))) continue;
    soft.push(next - 1);
    if (lower && /[\p{L},]/u.test(last)) lowerContinuations++;
  }
  if (lowerContinuations < MIN_LOWER_CONTINUATIONS || lowerContinuations * 3 < soft.length || !endsASentence(text))
    return text;
  return filled(
    text,
    soft.flatMap((at) => [at, at + 1]),
    ' ',
  );
}

/** A line of page furniture: one to three words and a colon opening it, or fields between bars. */
const HEADER = /^[^\s:]+(?:\s[^\s:]+){0,2}:\s|\s\|\s/u;

/** The end of a line that stops mid-sentence: a number, a comma, an article, a preposition or a conjunction. */
const MID_SENTENCE_END = /(?:[\p{N},]|\s(?:the|a|an|of|in|on|over|at|to|from|by|with|for|and|or|than))$/iu;

/** A wire dateline opening a line: a name in capitals, then a comma, an agency in brackets or a dash ("MOSCOW, June 1", "KYIV (AP) —"). */
const DATELINE_START = /^\p{Lu}[\p{Lu}' ./-]{2,}(?:,|\s*\(|\s+[-–—])/u;

/**
 * Line k opens an item of a list: a bullet of symbols or an asterisk, or a dash and a space when a line beside it opens
 * with one too ("- 15 over the Bryansk region⏎- 12 over the Kursk region"). A dash alone is a wire's or a writer's
 * spaced dash that the wrap put at the line's start ("…over the Oryol region⏎– nine of them over Bryansk – and …").
 */
function opensItem(text: string, starts: readonly number[], k: number): boolean {
  const at = starts[k]!;
  if (bulletEnd(text, at) === at) return false;
  if (!DASH_ITEM.test(text.slice(at, at + 2))) return true;
  const dashAt = (j: number) => starts[j] !== undefined && DASH_ITEM.test(text.slice(starts[j], starts[j] + 2));
  return dashAt(k - 1) || dashAt(k + 1);
}
const DASH_ITEM = /^[-–—] /;

/** A sentence ends somewhere in the text (a full stop, a question or exclamation mark, maybe a closing quote, then a space or the end): prose, not a post of items. */
const SENTENCE_END = /[.!?]["'”’)]?(?:\s|$)/;
function endsASentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** The length of the word that opens the line from `start` to `end` (looked for in the line only). */
function firstWordLength(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && text.charCodeAt(at) !== 32) at++;
  return at - start;
}

/**
 * A bullet at the start of a line: pictographs, symbols and arrows (with emoji joiners, variation selectors and the
 * keycap mark), or "-", "–", "—", "*" before a space; and the spaces after it. Not "©", "®", "°", "№", "™": a line may
 * open with them.
 */
const BULLET =
  /(?:(?![\u00a9\u00ae\u00b0\u2116\u2122])(?:[\p{Extended_Pictographic}\p{So}\u2022\u2023\u2043\u2190-\u21ff\u25aa-\u25ff\u2b1b-\u2b55]|\ufe0f|\u200d|\u20e3))+[ ]*|[-–—*] +/uy;

/** The text with every bullet that opens a line as line breaks, one for one; the same string when it has none, as most have. */
export function blankLineBullets(text: string): string {
  let runs: number[] | null = null;
  for (let at = 0; at < text.length;) {
    const end = bulletEnd(text, at);
    if (end > at) (runs ??= []).push(at, end);
    const next = text.indexOf('\n', end);
    if (next < 0) break;
    at = next + 1;
  }
  return runs === null ? text : filled(text, runs, '\n');
}

/** Where the bullet opening the line at `at` ends, else `at`: ASCII letters, digits and quotes (most line starts) without the pattern. */
function bulletEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128 && c !== 42 && c !== 45) return at; // (an ASCII line start other than "*" and "-": no bullet)
  BULLET.lastIndex = at;
  return BULLET.test(text) ? BULLET.lastIndex : at;
}

/** The text with each run [runs[i], runs[i + 1]) (ascending, apart) filled with `by`, one for one, joined once. */
function filled(text: string, runs: readonly number[], by: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < runs.length; i += 2) {
    parts.push(text.slice(from, runs[i]), by.repeat(runs[i + 1]! - runs[i]!));
    from = runs[i + 1]!;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Sentence splitting with offsets into the original text. Breaks at line
 * ends and after . ! ? (with any closing quote) when the next word starts a
 * sentence, but not after common abbreviations ("Gov.", "Mr.", "St.", "U.S.")
 * or initials, so offsets stay exact and titles stay with their names.
 */
import { findPlaces } from '@skytally/gazetteer';
import { isNumberWord } from '@skytally/text';
import { RULES } from './rules';

export interface Span {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set([
  'gov',
  'govt',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'lt',
  'gen',
  'col',
  'sen',
  'rep',
  'maj',
  'capt',
  'sgt',
  'prof',
  'jr',
  'sr',
  'no',
  'vs',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'i.e',
  'e.g',
  'etc',
  'adm',
  'cmdr',
  'pres',
  'min',
  'dept',
  'est',
  'mt',
  'ft',
  'fig',
  'inc',
  'ltd',
  'co',
  'corp',
  'a.m',
  'p.m',
]);

// "…the agency reports.Meanwhile, the air force…": a full stop glued to the next sentence (a lower-case word, then a capitalised one)
// "…and the Black Sea."Ukraine's military…": a full stop and a quote glued to the next sentence
const BREAK =
  /([.!?]+)(["'”’»)\]]*)(\s+)(?=["'“‘«([]?[\p{Lu}\d])|(\.)(?<=\p{Ll}{2}\.)(?=\p{Lu}\p{Ll})|(\.)(["”])(?<=\p{Ll}{2}\.["”])(?=\p{Lu}\p{Ll})|\n+/gu;

/** A line that stops on a word no sentence ends with: a preposition, an article, a conjunction. */
const WRAPPED = /\s(?:near|over|in|of|the|a|an|and|or|to|from|at|on|by|with|for|than|above|across|into|towards?)$/i;

/**
 * A wire dateline opening a line: "KYIV, March 3 (Reuters) - ", "MOSCOW (AP) — ", "KYIV, Ukraine (AP) — ", "WARSAW/KYIV
 * (Reuters) - ", "BEIJING, March 3 (Xinhua) -- ": the city in capitals, then a date, a country or an agency, then a dash
 * (rule datelineSentence).
 */
const DATELINE =
  /\p{Lu}[\p{Lu}' ./-]{2,}(?:,\s+[\p{L}\d .]{1,30})?(?:\s*\((?:[\p{L} .-]{2,20})\))?\s+(?:[-–—]|--)\s+(?=\S)/uy;

/** Where the dateline opening the line at `at` ends (its dash and space), else `at` (rule datelineSentence). */
function afterDateline(text: string, at: number): number {
  if (!RULES.datelineSentence) return at;
  const c = text.charCodeAt(at);
  if (c < 65 || c > 90) return at; // (an ASCII capital first: most lines are not datelines)
  // (sticky at `at`: no copy of the line is made)
  DATELINE.lastIndex = at;
  const m = DATELINE.exec(text);
  return m === null ? at : at + m[0].length;
}

/** A sentence that opens a quote or an embedded post (its attribution comes at the quote's end, or was the sentence before). */
export const QUOTE_OPEN = /^\s*["“«]/;

/** A dateline opening the line at `at` pushed as a sentence of its own; where the text goes on. */
function splitDateline(out: Span[], text: string, at: number): number {
  const line = afterDateline(text, at);
  if (line > at) push(out, text, at, line);
  return line;
}

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  // "KYIV, March 3 (Reuters) - In February, …": the dateline is no part of the sentence it opens, which is read from its
  // own first word as any other (rule datelineSentence)
  let from = splitDateline(out, text, 0);
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) {
    if (m.index < from) continue; // (inside a dateline read off already: "MOSCOW, Dec. 5 (TASS) - ")
    if (m[0][0] !== '\n') {
      const stopAt = m.index; // position of the terminal punctuation
      const punct = m[1] ?? m[4] ?? m[5] ?? '';
      if (punct === '.' && isAbbreviation(text, stopAt)) continue;
      // "…launched over 20 cruise missiles... 10 cruise missiles were destroyed": an ellipsis before a number joins a quote's fragments
      if ((punct === '...' || punct === '…') && /\d/.test(text[m.index + m[0].length] ?? '')) continue;
      push(out, text, from, m.index + punct.length + (m[2] ?? m[6] ?? '').length);
      from = m.index + m[0].length;
      // (a line the break's spaces ended may open on a dateline: "… prove their worth.⏎⏎KYIV (Reuters) - …")
      if ((m[3] ?? '').includes('\n')) from = splitDateline(out, text, from);
    } else {
      // "…14 Ukrainian drones, 12 near⏎Crimea and two more …": a line wrapped inside a sentence, after a word that
      // cannot end one, is no break
      if (
        m[0].length === 1 &&
        WRAPPED.test(text.slice(Math.max(from, m.index - 12), m.index)) &&
        // ("destroyed a total of⏎23 drones": a number goes on too, rule hardWrapped; review)
        (/\p{L}/u.test(text[m.index + 1] ?? '') || (RULES.hardWrapped && /\d/.test(text[m.index + 1] ?? '')))
      )
        continue;
      // "…off the coast of the Crimean⏎peninsula, and four more …": hard-wrapped prose (a long line that stops on a word
      // or a comma, the next going on in lower case) is one sentence too (rule hardWrapped)
      if (RULES.hardWrapped && m[0].length === 1 && wrappedLine(text, from, m.index)) continue;
      push(out, text, from, m.index);
      from = splitDateline(out, text, m.index + m[0].length);
    }
  }
  push(out, text, from, text.length);
  return RULES.gluedLineBreak ? splitGlued(out, text) : out;
}

/**
 * "Ukraine says more than ten drones shot downUkrainian officials said …", "on the morning of 28 SeptemberSeven enemy
 * Shaheds were destroyed": a line break lost between a headline or a date and the next line, the last word (in lower
 * case, three letters or more, or a month's name) glued to the next line's capitalised word (rule gluedLineBreak; not a
 * brand written in camel case, "YouTube", "PrivatBank", whose first part opens with a capital).
 */
const GLUED =
  /(?<![\p{L}\d'’-])(?:\p{Ll}{3,}|January|February|March|April|May|June|July|August|September|October|November|December)(?=\p{Lu}\p{Ll}{2,}|(?:In|At|On|By|As)\s)/gu;

/** Words a sentence goes on after: a space lost after one is no line break (rule gluedLineBreak). */
const LITTLE_WORDS: ReadonlySet<string> = new Set(
  'the and but for nor with from into onto over above near across along than that this these those their its our your his her some any all each both'.split(
    ' ',
  ),
);

/** Words for regions, which a list of their names follows (rule gluedLineBreak). */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'regions',
  'region',
  'oblasts',
  'oblast',
  'provinces',
  'areas',
  'cities',
]);

/** Whether `text` has an ASCII lower-case letter right before an upper-case one, or any letter beyond ASCII (GLUED may match). */
// (three plain tests, not a loop over char codes: a third of its cost on a 3.7 KB article; a prefilter only, GLUED decides)
function mayBeGlued(text: string): boolean {
  return LOWER_UPPER.test(text) || (BEYOND_ASCII.test(text) && LETTER_BEYOND_ASCII.test(text));
}
const LOWER_UPPER = /[a-z][A-Z]/;
const BEYOND_ASCII = /[^\t\n\r -~]/;
const LETTER_BEYOND_ASCII = /[^\t\n\r -~](?<=\p{L})/u;

/** The sentences with each glued line break (GLUED) made a break. */
function splitGlued(spans: Span[], text: string): Span[] {
  // (most texts have no letter in lower case right before one in upper case: a scan of char codes rules them out for a
  // fraction of the regex's cost, which is paid on every article)
  if (!mayBeGlued(text)) return spans;
  GLUED.lastIndex = 0;
  if (!GLUED.test(text)) return spans;
  const out: Span[] = [];
  for (const s of spans) {
    let from = s.start;
    GLUED.lastIndex = 0;
    for (let m = GLUED.exec(s.text); m !== null; m = GLUED.exec(s.text)) {
      const at = s.start + m.index + m[0].length;
      // (a space lost inside a sentence, not a line: after a little word, "over theMoscow region", a number, "shot down
      // twelveShahed drones", or a word for regions before one, "over the regionsBryansk, Kursk and Oryol"; two reviews)
      if (
        LITTLE_WORDS.has(m[0]) ||
        isNumberWord(m[0]) ||
        (PLACE_NOUNS.has(m[0]) &&
          findPlaces(text.slice(at, at + 40)).some(
            (p) => p.start === 0 && p.kind !== 'demonym' && p.kind !== 'country',
          ))
      )
        continue;
      push(out, text, from, at);
      from = at;
    }
    if (from === s.start) out.push(s);
    else push(out, text, from, s.end);
  }
  return out;
}

/** A line of 40 or more characters that ends on a letter or comma, the next line starting in lower case. */
function wrappedLine(text: string, from: number, at: number): boolean {
  if (!/[\p{L},]/u.test(text[at - 1] ?? '') || !/\p{Ll}/u.test(text[at + 1] ?? '')) return false;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return at - Math.max(lineStart, from) >= 40;
}

/** `/[\p{L}.]/u` on one UTF-16 unit, without the regex for ASCII (most of what it sees). */
function isLetterOrDot(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
  return /[\p{L}.]/u.test(text[at]!);
}

/** `/\s/` on one UTF-16 unit, ASCII without the regex. */
function isSpace(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text[at]!);
}

/** No abbreviation is longer: a longer word before a full stop is not read further. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  // (most sentences end in a longer word: neither an abbreviation nor an initial, and lower-casing never shortens it,
  // so it is not read to its start)
  while (s > 0 && dot - s <= LONGEST_ABBREVIATION && isLetterOrDot(text, s - 1)) s--;
  if (dot - s > LONGEST_ABBREVIATION) return false;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // An initial: "J. Smith" (one capital letter) — but not a sentence ending in "I." or a grade.
  return word.length === 1 && /\p{Lu}/u.test(text[dot - 1]!) && text[dot - 1] !== 'I';
}

function push(out: Span[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text, start)) start++;
  while (end > start && isSpace(text, end - 1)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

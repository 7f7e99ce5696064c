import * as crypto from 'node:crypto';
import { decodeHTMLStrict } from 'entities';
import { markupToText } from './markup';

/** Zero-width and invisible formatting characters that copy-paste and CMSs insert. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** C0/C1 control characters other than tab and newline. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/**
 * Runs of horizontal space that must become one ' ': a run holding any space
 * other than ' ', or two or more characters. Same result as replacing every
 * run of [ \t\u00A0…]+ with ' ', but a lone ' ' — nearly every match in prose —
 * is not matched and rebuilt, which made that replace the costliest step.
 */
const SPACE_RUN =
  / *[\t\u00A0\u2000-\u200A\u202F\u205F\u3000][ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]*| {2,}[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]*/g;
const ODD_SPACE = /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
/** Likewise for \s+ → ' ': runs of two or more, or a lone whitespace other than ' '. */
const WHITE_RUN = /\s{2,}|[^\S ]/g;

/**
 * Every character a rule of normaliseBody or foldForComparison's white-space
 * rule acts on, but ' ' and '\n': \r, the invisible and control characters,
 * the odd spaces, and the white space of \s the rules above leave (U+1680,
 * U+2028, U+2029). Most texts hold none of them.
 */
const TOUCHED =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\t\u00A0\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]/;

/**
 * Whether no rule of normaliseBody but the final trim changes text (NFC
 * already): none of TOUCHED, no two spaces in a row, no space beside a line
 * break, no three line breaks in a row. Its white space then comes only as
 * ' ', '\n' and '\n\n', and so does any slice of it. One regex and one
 * includes over the text, and a look at each '\n' — cheaper than the rules'
 * six scans of a text they leave as it was (BENCHMARKS.md, session 11).
 */
function isPlain(t: string): boolean {
  return !TOUCHED.test(t) && plainSpacing(t);
}

/** No two spaces in a row, no space beside a line break, no three line breaks in a row. */
function plainSpacing(t: string): boolean {
  if (t.includes('  ')) return false;
  for (let p = t.indexOf('\n'); p >= 0; p = t.indexOf('\n', p + 1)) {
    const next = t.charCodeAt(p + 1);
    if (next === 32 || t.charCodeAt(p - 1) === 32 || (next === 10 && t.charCodeAt(p + 2) === 10)) return false;
  }
  return true;
}

/**
 * The inert characters: those no rule of normaliseBody acts on and
 * foldTypography leaves, with ' ' and '\n' (plainSpacing checks their runs).
 * Printable ASCII but '&' (a character reference may start there), '<' (a tag may: markup.ts) and '`';
 * Latin-1's printable characters but the soft hyphen, '«', '»' and '´'; Latin
 * Extended, IPA and the spacing modifiers (to U+02FF); Cyrillic but its
 * combining marks; General Punctuation but its spaces, invisible characters,
 * line separators and the quotes, dashes and primes foldTypography folds.
 * Each is its own NFC and has no combining class, and no two compose
 * (normalise.identity.spec.ts checks every one and every pair), so a text of
 * them only is NFC already. NOT_INERT finds the first character that is not.
 */
const NOT_INERT =
  /[^\n\x20-\x25\x27-\x3B\x3D-\x5F\x61-\x7E\xA1-\xAA\xAC\xAE-\xB3\xB5-\xBA\xBC-\u02FF\u0400-\u0482\u048A-\u052F\u2016\u2017\u2020-\u2027\u2030\u2031\u2034-\u205E]/;
/** Neither inert nor one of TYPOGRAPHY's characters (which are NFC and no rule's business either). */
const NOT_INERT_NOR_TYPOGRAPHY =
  /[^\n\x20-\x25\x27-\x3B\x3D-\x7E\xA1-\xAC\xAE-\u02FF\u0400-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u2212\uFE58\uFE63\uFF0D]/g;

/**
 * 'inert': the text holds inert characters only, so it has no character
 * reference, is NFC, no rule but (given plainSpacing) the final trim changes
 * it, and foldTypography leaves it and its lower case as they are;
 * 'typography': the same, but foldTypography has quotes or dashes to fold;
 * 'other': anything else, for the rules one by one. One scan of the text in
 * place of four (NFC's check, TOUCHED, TYPOGRAPHY, the '&' search).
 */
function inertness(text: string): 'inert' | 'typography' | 'other' {
  const first = text.search(NOT_INERT);
  if (first < 0) return 'inert';
  if (!TYPOGRAPHY.test(text.charAt(first))) return 'other';
  NOT_INERT_NOR_TYPOGRAPHY.lastIndex = first + 1;
  return NOT_INERT_NOR_TYPOGRAPHY.test(text) ? 'other' : 'typography';
}

/** An HTML character reference with its semicolon: "&#8217;", "&#x2019;", "&nbsp;", "&amp;". */
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/**
 * Text copied from HTML or an RSS description can keep its character references ("Russia&#8217;s",
 * "&nbsp;12 drones", double-encoded "&amp;#039;"): read as they stand, the rules see no apostrophe, no space and
 * no number, and retyping the dev split's apostrophes, quotes and spaces so changed the claims of 352 of 834
 * passages. Decoded to a fixed point (so normaliseBody stays idempotent), strict: only references with their
 * semicolon, so "AT&T" and "R&D" are text. The `entities` package (htmlparser2's, the HTML spec's table).
 */
function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  let t = text;
  // (an unknown name, "&foo;", is left as written; past REFERENCE_PASSES levels of encoding, "&amp;amp;amp;…", no feed's,
  // each pass a scan of the whole text, the ampersands still left are made text, "＆", so that this stays linear and a
  // second normalisation finds nothing to decode)
  for (let pass = 0; CHARACTER_REFERENCE.test(t); pass++) {
    const decoded = decodeHTMLStrict(t);
    if (decoded === t) break;
    if (pass === REFERENCE_PASSES) return ampersandsAsText(decoded);
    t = decoded;
  }
  return t;
}
/** The text with every ampersand that could start a reference as "＆", which none does: nothing is left to decode. */
function ampersandsAsText(text: string): string {
  return text.replace(/&(?=#|[A-Za-z])/g, '＆');
}

/** Levels of encoding decoded: RSS descriptions double-encode, a copy of one may add a third. */
const REFERENCE_PASSES = 4;

/** Passes of markup and references read together before what is left is made text (nesting deeper than this is no page's). */
const MARKUP_PASSES = 3;

/**
 * The text with its character references decoded and its markup read as text (markup.ts), together to a fixed point so
 * that normaliseBody stays idempotent: a reference may hide behind a tag ("&<i></i>lt;p&gt;"), a tag inside another
 * ("<<b>b>"), either behind an invisible or control character ("<\u200Bb>", "&\u200Bamp;"). A text with "&" or "<" loses
 * those characters before anything is read (normaliseBody drops them anyway); past MARKUP_PASSES, the angle brackets and
 * ampersands still left are made text ("‹", "＆"), so a second normalisation finds nothing to read.
 */
export function decodedText(text: string): string {
  if (!text.includes('&') && !text.includes('<')) return text;
  let t = text;
  for (let pass = 0; pass <= MARKUP_PASSES; pass++) {
    const decoded = decodeReferences(t.replace(INVISIBLE, '').replace(CONTROL, ''));
    const next = markupToText(decoded);
    if (next === t) return t;
    t = next;
  }
  // (still moving: what is left of markup and references is made text)
  return ampersandsAsText(t.replace(INVISIBLE, '').replace(CONTROL, '').replaceAll('<', '‹'));
}

/**
 * Normalises an article body for storage: HTML character references decoded, HTML markup read as text (markup.ts),
 * Unicode NFC, line endings to \n, invisible and control characters removed, runs of spaces folded, at most one blank
 * line between paragraphs. Character offsets in claims refer to this text.
 */
export function normaliseBody(text: string): string {
  if (inertness(text) !== 'other' && plainSpacing(text)) return text.trim();
  const t = decodedText(text).normalize('NFC');
  return isPlain(t) ? t.trim() : normaliseNfc(t);
}

/** normaliseBody's rules after NFC, each in turn. */
function normaliseNfc(nfc: string): string {
  let t = nfc.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(CONTROL, '');
  // The two space rules are tried at every ' ' of the text; most texts need
  // neither, and a plain search says so far faster than the regex can.
  if (ODD_SPACE.test(t) || t.includes('  ')) t = t.replace(SPACE_RUN, ' ');
  // Spaces are single here, so ' *\n *' can only change ' \n' or '\n '.
  if (t.includes(' \n') || t.includes('\n ')) t = t.replace(/ *\n */g, '\n');
  return t.replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * normaliseBody and contentHashOfBody of its result, as ingest needs both:
 * when the text is plain (isPlain) the fold needs no white-space regex, its
 * line breaks are the only white space to turn into ' '.
 */
export function normaliseWithHash(text: string): { body: string; contentHash: string } {
  const inert = inertness(text);
  if (inert !== 'other' && plainSpacing(text)) {
    const body = text.trim();
    const lower = body.toLowerCase();
    return { body, contentHash: sha256Hex(linesJoined(inert === 'inert' ? lower : foldTypographyFound(lower))) };
  }
  const t = decodedText(text).normalize('NFC');
  if (!isPlain(t)) {
    const body = normaliseNfc(t);
    return { body, contentHash: contentHashOfBody(body) };
  }
  const body = t.trim();
  return { body, contentHash: sha256Hex(linesJoined(foldTypography(body.toLowerCase()))) };
}

/** The fold's white-space rule for a plain text, whose only white space is ' ', '\n' and '\n\n'. */
function linesJoined(plain: string): string {
  return plain.replaceAll('\n\n', ' ').replaceAll('\n', ' ');
}

/**
 * Folds text for comparison: everything normaliseBody does, plus case, curly
 * quotes and apostrophes, dashes, and all whitespace to one space. Two copies
 * that differ only in typography fold to the same string.
 */
export function foldForComparison(text: string): string {
  return foldNormalised(normaliseBody(text));
}

/** foldForComparison of a text normaliseBody already gave (it is idempotent: normalise.spec.ts). */
function foldNormalised(body: string): string {
  return foldTypography(body.toLowerCase()).replace(WHITE_RUN, ' ').trim();
}

/** Any of the quotes, apostrophes and dashes foldTypography replaces (most texts have none: one scan, not three). */
const TYPOGRAPHY =
  /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;

/** Curly quotes and apostrophes, dashes to their ASCII forms. */
function foldTypography(text: string): string {
  return TYPOGRAPHY.test(text) ? foldTypographyFound(text) : text;
}

/** foldTypography's replacements, for a text already known to hold one of its characters. */
function foldTypographyFound(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-');
}

/** SHA-256 (hex) of the folded text: the `contentHash` of an article. */
export function contentHash(text: string): string {
  return contentHashOfBody(normaliseBody(text));
}

/** contentHash of a body normaliseBody already gave (ingest's): the same hash, one normalisation fewer. */
export function contentHashOfBody(body: string): string {
  return sha256Hex(foldNormalised(body));
}

/**
 * The one-shot crypto.hash() (node ≥ 20.12) gives the same digest as createHash().update().digest() without a Hash
 * object per text (claim-id.ts does the same); package.json allows any node 20, so older ones keep createHash.
 */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/** Makes untrusted text safe for one log field: no control characters or newlines, bounded length. */
export function safeForLog(text: string, max = 120): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const flat = text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

import { createHash } from 'node:crypto';

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
 * Normalises an article body for storage: Unicode NFC, line endings to \n,
 * invisible and control characters removed, runs of spaces folded, at most one
 * blank line between paragraphs. Character offsets in claims refer to this text.
 */
export function normaliseBody(text: string): string {
  let t = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(CONTROL, '');
  // The two space rules are tried at every ' ' of the text; most texts need
  // neither, and a plain search says so far faster than the regex can.
  if (ODD_SPACE.test(t) || t.includes('  ')) t = t.replace(SPACE_RUN, ' ');
  // Spaces are single here, so ' *\n *' can only change ' \n' or '\n '.
  if (t.includes(' \n') || t.includes('\n ')) t = t.replace(/ *\n */g, '\n');
  return t.replace(/\n{3,}/g, '\n\n').trim();
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
  return body
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(WHITE_RUN, ' ')
    .trim();
}

/** SHA-256 (hex) of the folded text: the `contentHash` of an article. */
export function contentHash(text: string): string {
  return contentHashOfBody(normaliseBody(text));
}

/** contentHash of a body normaliseBody already gave (ingest's): the same hash, one normalisation fewer. */
export function contentHashOfBody(body: string): string {
  return createHash('sha256').update(foldNormalised(body), 'utf8').digest('hex');
}

/** Makes untrusted text safe for one log field: no control characters or newlines, bounded length. */
export function safeForLog(text: string, max = 120): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const flat = text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

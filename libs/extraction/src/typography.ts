/**
 * Typographic look-alikes of characters the rules spell in ASCII. Word processors and some sites write the hyphen of
 * "Su‑34", "Kh‑101" or "S‑300" as U+2010 HYPHEN or U+2011 NON-BREAKING HYPHEN, an apostrophe as U+02BC (Ukrainian
 * style), a prime or a left single quote, and a space as a no-break or narrow one (ingest folds spaces, a direct caller
 * may not). Read as they stand, "Su‑34" is a count of 34 aircraft and "Russiaʼs" no possessive. Each is one UTF-16 unit
 * folded to one, so an offset into the folded text is the same offset into the article's body.
 */
const LOOK_ALIKE = /[\t\u00A0\u02BC\u2000-\u200A\u2010-\u2012\u2018\u202F\u2032\u205F\u3000\uFE63\uFF07\uFF0D]/;
// (a left single quote is an apostrophe only inside a word, "Russia‘s"; elsewhere it opens a quote, as British outlets write them)
const LOOK_ALIKES =
  /[\t\u00A0\u02BC\u2000-\u200A\u2010-\u2012\u202F\u2032\u205F\u3000\uFE63\uFF07\uFF0D]|(?<=\p{L})\u2018(?=\p{L})/gu;
const SPACES = '\t\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000';
const ASCII: Record<string, string> = {
  ...Object.fromEntries([...SPACES].map((ch) => [ch, ' '])), // a tab, no-break and other fixed-width spaces
  '\u02BC': "'", // modifier letter apostrophe
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2018': "'", // left single quote, typed for an apostrophe inside a word
  '\u2032': "'", // prime, typed for an apostrophe
  '\uFE63': '-', // small hyphen-minus
  '\uFF07': "'", // fullwidth apostrophe
  '\uFF0D': '-', // fullwidth hyphen-minus
};

/** The text with each look-alike as its ASCII character; the same string (no copy) when it has none, as most have. */
export function foldLookAlikes(text: string): string {
  return LOOK_ALIKE.test(text) ? text.replace(LOOK_ALIKES, (ch) => ASCII[ch]!) : text;
}

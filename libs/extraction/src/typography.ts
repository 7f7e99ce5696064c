/**
 * Typographic look-alikes of characters the rules spell in ASCII. Word processors and some sites write the hyphen of
 * "Su‑34", "Kh‑101" or "S‑300" as U+2010 HYPHEN or U+2011 NON-BREAKING HYPHEN, an apostrophe as U+02BC (Ukrainian
 * style), a prime or a left single quote, and a space as a no-break or narrow one (ingest folds spaces, a direct caller
 * may not). Read as they stand, "Su‑34" is a count of 34 aircraft and "Russiaʼs" no possessive. Each is one UTF-16 unit
 * folded to one, so an offset into the folded text is the same offset into the article's body.
 */
import { RULES } from './rules';

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

/** An editor's bracketed "(!)", "(?)", "(?!)", "(sic)", "[sic]" after a word or number ("shot down 16 (!) drones"). */
const INTERJECTION = /(?<=[\p{L}\p{N}]\s?)(?:\((?:[!?]+|sic!?)\)|\[(?:[!?]+|sic!?)\])/giu;

/**
 * The text with each editor's interjection blanked (as many spaces: offsets stay the body's), so that "16 (!) Russian
 * drones" is one noun phrase (rule editorialAside); the same string when it has none.
 */
export function blankInterjections(text: string): string {
  if (!RULES.editorialAside || !(closesInterjection(text, ')') || closesInterjection(text, ']'))) return text;
  return text.replace(INTERJECTION, (m) => ' '.repeat(m.length));
}

/**
 * Whether `close` follows "!", "?" or "sic" anywhere in the text, as `text.includes('!)') || text.includes('?)') ||
 * text.includes('sic)')` would say: a look at each bracket (an article holds few) instead of three scans of it.
 */
function closesInterjection(text: string, close: string): boolean {
  for (let i = text.indexOf(close); i >= 0; i = text.indexOf(close, i + 1)) {
    const before = text.charCodeAt(i - 1);
    if (before === 33 || before === 63 || (before === 99 && i >= 3 && text.startsWith('sic', i - 3))) return true;
  }
  return false;
}

/** A hashtag's "#" right before a letter, not after a letter, a digit, "/" (a link's fragment) or "&" (an entity). */
const HASHTAG = /(?<![\p{L}\p{N}/&#])#(?=\p{L})/gu;

/**
 * The text with each hashtag's "#" blanked (one space for one character: offsets stay the body's), so that the quoted
 * post "brought down a #Russian helicopter over the #Luhansk region" reads as it would without the tags (rule
 * hashtagWords); the same string when it has none.
 */
export function blankHashtags(text: string): string {
  if (!RULES.hashtagWords || !text.includes('#')) return text;
  return text.replace(HASHTAG, ' ');
}

/** "U.S.-made", "U.K.-supplied": a dotted two-letter origin glued to its participle by a hyphen (rule dottedOrigin). */
const DOTTED_ORIGIN = /\b(\p{Lu})\.(\p{Lu})\.-(\p{L}+)/gu;

/**
 * The text with each "U.S.-made" read as "US-made", two spaces after the compound for the two full stops (the text
 * before and after it keeps the body's offsets, and the compound's first letter its own), so that "two U.S.-made
 * ATACMS missiles" is one noun phrase as "two US-made ATACMS missiles" is, not a number before an abbreviation's stops
 * (rule dottedOrigin); the same string when it has none.
 */
export function foldDottedOrigin(text: string): string {
  if (!RULES.dottedOrigin || !text.includes('.-')) return text;
  return text.replace(DOTTED_ORIGIN, '$1$2-$3  ');
}

/** A weapon's name alone between quotes: "Shaheds", «Kinzhal», “Kalibr” (rule quotedWeaponName). */
const QUOTED_WEAPON_NAME =
  /["“«'‘](Shahed|Shaheds|Geran|Gerans|Geran-2|Kinzhal|Kinzhals|Kalibr|Kalibrs|Iskander|Iskanders|Iskander-M|Lancet|Lancets|Orlan|Orlans|Bayraktar|Bayraktars|Tochka|Tochka-U|Neptune|Neptunes|Grad|Vampire|Olkha|Gerbera|Gerberas)["”»'’](?=[\s.,;:!?)])/g;

/**
 * The text with the quotes around a weapon's name alone blanked (a space for each: offsets stay the body's), so that
 * "All the "Shaheds" were destroyed" reads as "All the Shaheds were destroyed" (rule quotedWeaponName); the same string
 * when it has none.
 */
export function blankQuotedWeaponNames(text: string): string {
  if (!RULES.quotedWeaponName) return text;
  return text.replace(QUOTED_WEAPON_NAME, ' $1 ');
}

/** The text with each look-alike as its ASCII character; the same string (no copy) when it has none, as most have. */
export function foldLookAlikes(text: string): string {
  return mayHoldLookAlike(text) ? text.replace(LOOK_ALIKES, (ch) => ASCII[ch]!) : text;
}

/**
 * LOOK_ALIKE.test(text). Every look-alike but the tab lies outside ASCII, and a text whose UTF-8 length is its length
 * is all ASCII (any other UTF-16 unit takes two bytes or more): that count is a native pass about a sixth as costly as
 * the regex's. (A text with a curly quote or a dash pays both: the count is cheap beside the regex.)
 */
function mayHoldLookAlike(text: string): boolean {
  return Buffer.byteLength(text, 'utf8') === text.length ? text.includes('\t') : LOOK_ALIKE.test(text);
}

/**
 * Common words a Title Case headline capitalises ("Ukraine Says It Downed 34 Out of 38 Russian Drones, Odesa Region
 * Hit"): verbs, the threats' nouns, the words of place and time phrases. Not names: a place, a person, a weapon's model
 * or a demonym keeps its capital, which is what tells it apart; nor the words of a claimant's name ("Defence Ministry",
 * "Air Force"), which a claim quotes as written.
 */
const TITLE_WORDS = new Set(
  (
    'say says said report reports reported claim claims claimed confirm confirms confirmed announce announces announced ' +
    'shoot shoots shot down downs downed intercept intercepts intercepted destroy destroys destroyed neutralise ' +
    'neutralises neutralised neutralize neutralizes neutralized eliminate eliminates eliminated repel repels repelled ' +
    'foil foils foiled thwart thwarts thwarted hit hits strike strikes struck launch launches launched fire fires fired ' +
    'attack attacks attacked target targets targeted bring brings brought take takes took out send sends sent ' +
    'drone drones uav uavs missile missiles rocket rockets bomb bombs aircraft jet jets helicopter helicopters plane ' +
    'planes warplane warplanes fighter fighters region regions oblast oblasts province provinces krai republic ' +
    'overnight night morning evening day enemy hostile massive major combined largest latest ' +
    'of over in on at to and or the a an for by from with as its it his her their after amid during near above across ' +
    'into than more least about up all both nearly almost some total including while ' +
    'one two three four five six seven eight nine ten eleven twelve dozen dozens hundreds'
  ).split(' '),
);
const CAPITALISED = /(?<![\p{L}'’])\p{Lu}\p{Ll}+/gu;

/**
 * The text with a Title Case line's common words in lower case, one character for one (offsets unchanged): the rules
 * read capitals as names ("Odesa Region Hit" as one place name, "Moscow Reports" as a speaker's name), as they are in
 * sentence case. A line is Title Case when it is short and four in five of its words of four or more letters are
 * capitalised, at least four of them; its first word keeps its capital.
 */
export function foldTitleCase(text: string): string {
  let out: string | null = null;
  let lineStart = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    if (lineEnd - lineStart <= 240 && allCaps(text, lineStart, lineEnd)) {
      // "RUSSIA SAYS IT DOWNED 27 DRONES OVER BRYANSK": each word as sentence case writes it, names with their capital
      const line = text.slice(lineStart, lineEnd);
      const folded = sentenceCaseOfCaps(line);
      if (folded !== line) out = (out ?? text).slice(0, lineStart) + folded + (out ?? text).slice(lineEnd);
    } else if (lineEnd - lineStart <= 240 && titleCased(text, lineStart, lineEnd)) {
      const line = text.slice(lineStart, lineEnd);
      const first = /\p{L}/u.exec(line)?.index ?? 0;
      const folded = line.replace(CAPITALISED, (w, at: number) =>
        at > first && TITLE_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w,
      );
      if (folded !== line) out = (out ?? text).slice(0, lineStart) + folded + (out ?? text).slice(lineEnd);
    }
    lineStart = lineEnd + 1;
  }
  return out ?? text;
}

/** Abbreviations an all-capitals line keeps as they are (a plural "UAVS" keeps its stem: "UAVs"). */
const ABBREVIATIONS = new Set(
  'UAV MOD MOD’S NATO US USA UK EU UN ISW DPR LPR ATACMS HIMARS MLRS SBU AFU ZSU GMT EW IRGC IDF SAM'.split(' '),
);
const CAPS_WORD = /\p{L}+(?:['’]\p{L}+)?/gu;
/** Function words an all-capitals line holds besides TITLE_WORDS: never names. */
const CAPS_FUNCTION_WORDS = new Set(
  (
    'them they were was is are be been being has have had will would can could may might must against that this these ' +
    'those which who whom what when where why how not no nor but so if than then there here also only just very ' +
    'our your we he she you us him what told tells learned effectively however said'
  ).split(' '),
);

/**
 * An all-capitals line (a wire flash, a headline some sites print in capitals) in sentence case, one character for one:
 * the common words of TITLE_WORDS in lower case, abbreviations as they are, every other word with its first capital
 * only (a name, as the rules read one); the first word keeps its capital.
 */
function sentenceCaseOfCaps(line: string): string {
  return line.replace(CAPS_WORD, (w, at: number) => {
    if (ABBREVIATIONS.has(w)) return w;
    if (w.length > 2 && w.endsWith('S') && ABBREVIATIONS.has(w.slice(0, -1))) return w.slice(0, -1) + 's';
    const lower = oneForOne(w, w.toLowerCase());
    // (the line's first word, and a word after a full stop, opens a sentence)
    const opens = /^[\s"“«'‘(]*$/.test(line.slice(0, at)) || /[.!?]["”»’)]?\s+["“«]?$/.test(line.slice(0, at));
    if (!opens && (TITLE_WORDS.has(lower) || CAPS_FUNCTION_WORDS.has(lower))) return lower;
    return w[0] + lower.slice(1);
  });
}

/** `folded` when it keeps the length of `w` (as for every Latin and Cyrillic letter), else `w` as it was. */
function oneForOne(w: string, folded: string): string {
  return folded.length === w.length ? folded : w;
}

/** A line with no lower-case letter and at least three words of two or more letters (not "KYIV:", not "S-300"). */
function allCaps(text: string, start: number, end: number): boolean {
  let words = 0;
  let run = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    const letter = (c >= 65 && c <= 90) || (c >= 128 && isLetter(text, k));
    if (letter && c >= 128 && text[k] !== text[k]!.toUpperCase()) return false;
    if (letter) run++;
    else {
      if (run >= 2) words++;
      run = 0;
    }
  }
  if (run >= 2) words++;
  return words >= 3;
}

function titleCased(text: string, start: number, end: number): boolean {
  // (a loop over the characters, not a regex: every short line of every article is tested, and most are prose, which
  // the lower-case words rule out early)
  let words = 0;
  let capitals = 0;
  let lower = 0;
  let k = start;
  while (k < end) {
    if (!isLetter(text, k) || (k > start && (isLetter(text, k - 1) || isApostrophe(text.charCodeAt(k - 1))))) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < end && isLetter(text, e)) e++;
    if (e - k >= 4) {
      words++;
      const first = text[k]!;
      const second = text[k + 1]!;
      if (first !== first.toLowerCase() && second !== second.toUpperCase()) capitals++;
      // (prose shows its lower-case words from the start; a Title Case line has at most one in five, so two that
      // outnumber a fifth of the words read so far, plus a margin, end the test)
      else if (++lower >= 2 && lower * 5 > words + 4) return false;
    }
    k = e;
  }
  return capitals >= 4 && capitals * 5 >= words * 4;
}

function isLetter(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(text[k]!);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

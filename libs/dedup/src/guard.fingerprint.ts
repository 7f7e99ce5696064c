/**
 * The guard: what two nearly identical texts must agree on to be one report.
 *
 * Ministry bulletins are templated, so "nine drones over the Bryansk region on
 * Tuesday" and "eleven drones over the Kursk region on Wednesday" can share
 * almost every shingle. MinHash cannot tell them apart; this can. From each
 * text we take facts as (group, value) pairs:
 *
 *  - numbers, digits or words, grouped by the noun they count ("n:drone" = 9);
 *    synonyms share a group (drones, UAVs, unmanned aerial vehicles);
 *  - dates: weekday, day-and-month, year, clock time (each its own group);
 *  - places, from the pluggable place finder (one group), and separately the
 *    places that follow "over", where the interceptions happened.
 *
 * Two texts CONFLICT when, in some group both mention, each has a value the
 * other lacks. A copy that dropped a paragraph has fewer values (a subset), a
 * copy with outlet boilerplate has more (a superset): neither conflicts. Two
 * different nights' bulletins put different values in the same slot: they do.
 *
 * A fingerprint is a sorted Uint32Array of tokens: 12 bits of group hash,
 * 20 bits of value hash, so each group's values are contiguous.
 */
import { fmix32 as fmix32Imported, hashString as hashStringImported } from './hash';
import * as numberWords from '@skytally/text';
import { excerptsOfWords } from './place-excerpts';
import { DATELINE_SOURCE, scanText, type TextScan } from './text.features';

// Module-local bindings: under tsx an imported function is a getter call per use, and these run per token and fact.
const hashString = hashStringImported;
const fmix32 = fmix32Imported;
const { CARDINAL_WORDS, isNumberWord, ordinalWord, parseDigits: parseDigitsRegex, parseNumberWords } = numberWords;

/**
 * parseDigits of @skytally/text, without its regex for a token of 1 to 15
 * ASCII digits (most numbers in a text): such a token matches its `\d+`
 * branch whole, so its value is Number(token), read here digit by digit
 * (below 10^15, a safe integer, as parseDigits requires). Anything else goes
 * to parseDigits itself.
 */
function parseDigits(token: string): number | null {
  const len = token.length;
  if (len === 0 || len > 15) return parseDigitsRegex(token);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const d = token.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return parseDigitsRegex(token);
    n = n * 10 + d;
  }
  return n;
}

export type PlaceFinder = (text: string) => string[];

/** How numbers are grouped: by the noun they count, or all in one set. */
export type NumberGrouping = 'unit' | 'set';

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS = new Map<string, number>(
  Object.entries({
    january: 1,
    february: 2,
    march: 3,
    april: 4,
    may: 5,
    june: 6,
    july: 7,
    august: 8,
    september: 9,
    october: 10,
    november: 11,
    december: 12,
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    sept: 9,
    oct: 10,
    nov: 11,
    dec: 12,
  }),
);
/** Words between a number and the noun it counts. */
const FILLER = new Set([
  'more',
  'than',
  'the',
  'ukrainian',
  'russian',
  'enemy',
  'attack',
  'hostile',
  'fixed',
  'wing',
  'aircraft',
  'type',
  'combat',
  'long',
  'range',
  'guided',
  'additional',
  'further',
  'other',
  'kamikaze',
  'shahed',
  'strike',
  'air',
  'aerial',
  'cruise',
  'ballistic',
  'incoming',
  'suicide',
  'jet',
  'powered',
  "enemy's",
  'kyiv',
  'regime',
  'heavy',
  'small',
  'large',
  'explosive',
  'laden',
]);
/** Nouns that count the same thing, folded to one group. */
const UNIT_SYNONYMS = new Map<string, string>(
  Object.entries({
    drone: 'drone',
    drones: 'drone',
    uav: 'drone',
    uavs: 'drone',
    unmanned: 'drone',
    bpla: 'drone',
    missile: 'missile',
    missiles: 'missile',
    rocket: 'rocket',
    rockets: 'rocket',
    bomb: 'bomb',
    bombs: 'bomb',
    people: 'person',
    persons: 'person',
    civilians: 'person',
    residents: 'person',
  }),
);

/** Words the fact scanner stops at; everything else is skipped without making a string. */
const INTERESTING = new Set<string>([...WEEKDAYS, ...MONTHS.keys(), 'no', 'without', 'nobody', 'a', ...CARDINAL_WORDS]);

/**
 * Lazily materialised tokens of folded text: runs of letters/digits, with an
 * inner apostrophe ("enemy's"), comma or colon between digits ("1,200",
 * "03:40"). Only tokens that can start a fact, and the few words after them,
 * become strings: the guard runs on every article and most words are neither.
 */
const tokenScratch = {
  start: new Int32Array(1024),
  end: new Int32Array(1024),
  hash: new Int32Array(1024),
  candidates: new Int32Array(1024),
};

/**
 * The strings Tokens.at() made, by token index, for the current text only: a
 * slot counts when its stamp is the current generation (nothing is cleared or
 * allocated per text).
 */
let cacheStamp = new Int32Array(1024);
const cacheStrings: string[] = [];
let cacheGeneration = 0;

class Tokens {
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** FNV-1a of each token, to test INTERESTING without making a string (0 for joined tokens). */
  private readonly hash: Int32Array;
  readonly length: number;
  /** Indexes of the tokens that pass the cheap test of interesting(), ascending: the fact loop visits only these. */
  readonly candidates: Int32Array;

  /** From the word scan the shingles were made from: words joined across "1,200", "03:40", "enemy's". */
  constructor(
    private readonly text: string,
    scan: Pick<TextScan, 'starts' | 'ends' | 'raw' | 'units'>,
  ) {
    const n = scan.starts.length;
    if (tokenScratch.start.length < n) {
      const cap = Math.max(n, tokenScratch.start.length * 2);
      tokenScratch.start = new Int32Array(cap);
      tokenScratch.end = new Int32Array(cap);
      tokenScratch.hash = new Int32Array(cap);
      tokenScratch.candidates = new Int32Array(cap);
    }
    // shared between calls: a Tokens lives only while one text's facts are read
    const start = (this.start = tokenScratch.start);
    const end = (this.end = tokenScratch.end);
    const hash = (this.hash = tokenScratch.hash);
    const candidates = tokenScratch.candidates;
    // the text's code units as the scan copied them (read here, before anything can scan again)
    const { starts, ends, raw, units } = scan;
    let nc = 0;
    let k = 0;
    // w < n = the scan's length: reads are in bounds, `?? 0` only narrows the type
    for (let w = 0; w < n; w++) {
      const s = starts[w] ?? 0;
      let e = ends[w] ?? 0;
      let h = raw[w] ?? 0;
      while (w + 1 < n && starts[w + 1] === e + 1) {
        // one character between two words: join "1,200", "03:40", "enemy's" (the separator is tested first: it is mostly a space)
        const c = units[e] ?? 0;
        if (c !== 44 && c !== 58 && c !== 39 && c !== 0x2019) break;
        const prev = units[e - 1] ?? 0;
        const next = units[e + 1] ?? 0;
        const digitJoin = (c === 44 || c === 58) && isDigit(prev) && isDigit(next);
        const apostrophe = (c === 39 || c === 0x2019) && isLetter(prev) && isLetter(next);
        if (!(digitJoin || apostrophe)) break;
        w++;
        e = ends[w] ?? 0;
        h = 0;
      }
      start[k] = s;
      end[k] = e;
      hash[k] = h;
      // a digit, or a word that may be in INTERESTING (confirmed by interesting())
      const c0 = units[s] ?? 0;
      if ((c0 >= 48 && c0 <= 57) || INTERESTING_FILTER[h & FILTER_MASK] === 1) candidates[nc++] = k;
      k++;
    }
    this.length = k;
    this.candidates = candidates.subarray(0, nc);
    // a new generation of the string cache (stamps are only compared for equality, so wrapping is harmless)
    cacheGeneration = (cacheGeneration + 1) | 0;
    if (cacheStamp.length < k) {
      cacheStamp = new Int32Array(Math.max(k, cacheStamp.length * 2));
      cacheGeneration = 1;
    }
  }

  at(i: number): string {
    if (i < 0 || i >= this.length) return '';
    if (cacheStamp[i] === cacheGeneration) return cacheStrings[i] ?? '';
    // only a joined token (hash 0) can hold a ’ (no word character, so never inside one scanned word)
    const slice = this.text.slice(this.start[i] ?? 0, this.end[i] ?? 0);
    const w = this.hash[i] === 0 ? slice.replace('\u2019', "'") : slice;
    cacheStamp[i] = cacheGeneration;
    cacheStrings[i] = w;
    return w;
  }

  /** Whether token i may start a fact (a digit, or a word in INTERESTING). */
  interesting(i: number): boolean {
    const c = this.text.charCodeAt(this.start[i] ?? 0);
    if (isDigit(c)) return true;
    return INTERESTING_FILTER[(this.hash[i] ?? 0) & FILTER_MASK] === 1 && INTERESTING.has(this.at(i));
  }
}

const fnv = (w: string) => {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h;
};
/**
 * A one-byte-per-bucket filter on the low bits of each INTERESTING word's
 * FNV-1a: most words miss it and are skipped with one array read (a Set of
 * hashes would box every hash outside V8's small-integer range). A hit is
 * confirmed against the word itself; joined tokens (hash 0) always are.
 */
const FILTER_MASK = 0xfff;
const INTERESTING_FILTER = new Uint8Array(FILTER_MASK + 1);
for (const w of INTERESTING) INTERESTING_FILTER[fnv(w) & FILTER_MASK] = 1;
INTERESTING_FILTER[0] = 1;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLetter = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));

function unitOf(words: Tokens, i: number): string {
  for (let j = i; j < words.length && j < i + 4; j++) {
    const w = words.at(j);
    if (FILLER.has(w)) continue;
    const synonym = UNIT_SYNONYMS.get(w);
    if (synonym !== undefined) return synonym;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) return '-';
    return w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w;
  }
  return '-';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "no injuries", "without casualties": a report that nobody was hurt, i.e. a count of 0 people. */
const CASUALTY_NOUNS = new Set([
  'injuries',
  'injured',
  'casualties',
  'victims',
  'deaths',
  'dead',
  'fatalities',
  'wounded',
]);
const HURT = new Set(['hurt', 'injured', 'killed', 'wounded']);
/** Words skipped when taking the word before a number as its context. */
const CONTEXT_SKIP = new Set([
  'a',
  'the',
  'another',
  'at',
  'least',
  'about',
  'around',
  'some',
  'over',
  'nearly',
  'almost',
  'than',
  'more',
  'up',
  'to',
]);

/**
 * A count: grouped by the noun it counts, and also by that noun and the word
 * before it ("total of 5 drones"). (A module function, not a closure made per
 * text: tsx names every closure it creates, which showed in the profile.)
 */
function addCount(
  words: Tokens,
  facts: FactSink,
  grouping: NumberGrouping,
  counts: number[] | undefined,
  value: number,
  at: number,
  next: number,
): void {
  counts?.push(value);
  if (grouping !== 'unit') {
    facts.add(String(value), 'n:*');
    return;
  }
  const unit = unitOf(words, next);
  const v = String(value);
  facts.add(v, 'n:', unit);
  let p = at - 1;
  while (p >= 0 && p > at - 4 && CONTEXT_SKIP.has(words.at(p))) p--;
  if (p >= 0) facts.add(v, 'c:', words.at(p), ' ', unit);
}

/** Whether the words at i… say nobody was hurt: "no injuries", "without casualties", "no one was hurt", "nobody had been injured". */
function saysNobodyHurt(words: Tokens, i: number): boolean {
  const w = words.at(i);
  const next = words.at(i + 1);
  if ((w === 'no' || w === 'without') && CASUALTY_NOUNS.has(next)) return true;
  if (w === 'nobody' || (w === 'no' && next === 'one')) {
    for (let j = i + 1; j < i + 6 && j < words.length; j++) if (HURT.has(words.at(j))) return true;
  }
  return false;
}

/** "over the Bryansk region", "over Kyiv": the phrase after "over", up to punctuation or four words. */
const OVER_AT = /[Oo]ver (?:the )?[^\s.,;:!?()]+(?: [^\s.,;:!?()]+){0,3}/y;

/**
 * The next match of /\b[Oo]ver …/g in `text` from `from` (OVER_AT.lastIndex is
 * then its end), else null. The same matches as that global regex, found by
 * indexOf("ver ") and tried only there: a regex scan of every article body for
 * a \b took a tenth of the guard.
 */
function nextOver(text: string, from: number): string | null {
  for (let k = text.indexOf('ver ', from + 1); k >= 1; k = text.indexOf('ver ', k + 1)) {
    const o = text.charCodeAt(k - 1);
    if (o !== 79 && o !== 111) continue; // O, o
    if (k >= 2 && isAsciiWordChar(text.charCodeAt(k - 2))) continue; // \b: no word character before
    OVER_AT.lastIndex = k - 1;
    const m = OVER_AT.exec(text);
    if (m !== null) return m[0];
  }
  return null;
}

/** What \b counts as a word character in a regex without the u flag. */
const isAsciiWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** "over the Klimovo district": the name of a district, town or village after "over". */
const OVER_DISTRICT =
  /^[Oo]ver (?:the )?([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*)?) (?:[Dd]istrict|[Rr]aion|[Mm]unicipal|[Vv]illage|[Tt]own|[Uu]rban)/u;

/**
 * Page furniture that names a place without being part of the report: a
 * dateline opening a paragraph ("KYIV, June 3 (Reuters) -", "MOSCOW —") and
 * header lines of short fields split by bars ("Reuters | Moscow | Updated: …",
 * no field over 60 characters, no word of a report's facts). A reprint adds
 * them; read as places they would make a cut reprint (fewer places) look like
 * another report (a place the original lacks).
 */
export const DATELINE = new RegExp(String.raw`(^|\n)` + DATELINE_SOURCE, 'g');
// (a line of short fields between bars: "⚡️URGENT | Air defence shot down 25 drones over Kyiv …" is a lede with a label,
// and its facts are the report's)
const HEADER_FIELDS = String.raw`(?:[^\n|]{0,60}\|)+[^\n|]{0,60}(?=\n|$)`;
const HEADER_LINE = new RegExp(String.raw`(^|\n)` + HEADER_FIELDS, 'g');
/** HEADER_LINE without its line start, tried (sticky) at a line start. */
const HEADER_AT = new RegExp(HEADER_FIELDS, 'y');

/** DATELINE without its line start, tried (sticky) at each line start. */
const DATELINE_AT = new RegExp(DATELINE_SOURCE, 'y');

function withoutDatelines(text: string): string {
  const t = text.includes('|')
    ? text.replace(HEADER_LINE, (line: string, before: string) => (tellsReport(line.toLowerCase()) ? line : before))
    : text;
  return removeDatelines(t);
}

/**
 * `text.replace(DATELINE, '$1')`, with the regex tried only where a match can
 * start: at a line start whose first two characters fit ([A-Z], then one of
 * [A-Z.'/\- ]). A match holds no line break but the one before it, so the
 * global regex's matches are exactly these (the global scan tried every
 * position of most bodies: "A drone…" can start one).
 */
export function removeDatelines(text: string): string {
  let out = '';
  let kept = 0; // text before this is in `out` or dropped
  for (let at = 0; at >= 0 && at < text.length;) {
    const c = text.charCodeAt(at);
    if (c >= 65 && c <= 90) {
      const d = text.charCodeAt(at + 1);
      if ((d >= 65 && d <= 90) || d === 46 || d === 39 || d === 47 || d === 45 || d === 32) {
        DATELINE_AT.lastIndex = at;
        if (DATELINE_AT.test(text)) {
          out += text.slice(kept, at);
          kept = DATELINE_AT.lastIndex;
        }
      }
    }
    const nl = text.indexOf('\n', at);
    at = nl < 0 ? -1 : nl + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/**
 * Page furniture the guard does not read for numbers, dates or times: it is
 * the outlet's page, not the report, and two copies of one report carry
 * different furniture. A page's time stamps are when the outlet posted or
 * edited its page ("Updated: 09-01-2024 11:15 IST", "Published : 09 Jan 2024,
 * 04:10 PM"): read as facts they give a copy a clock time, a date and a few
 * counts its original lacks and another copy has otherwise, which the guard
 * takes for two reports. So, by line:
 *
 *  - a header line of short fields split by bars ("Reuters | Kyiv | Updated:
 *    …", each field at most 60 characters and the line holding no word of a
 *    report's facts, REPORT_WORDS), as for places;
 *  - a time-stamp line: "Updated", "Published", "Posted", "Created",
 *    "Modified", "Edited" (maybe after "Last"/"First", "on"/"at", a colon or
 *    dash) followed by nothing but a date and clock time (numbers, month and
 *    weekday names, am/pm, a time zone, "2 hours ago"). "Updated 3 drones
 *    downed …" is a headline, not a stamp: it is read;
 *  - a teaser line: another story's headline after "Read also:", "See also:",
 *    "Related:" on the same line.
 *
 * Read for numbers, dates and times, but not for places (since session 38,
 * `pageLines`, withoutRanges): a teaser line, a promotion ("Subscribe to
 * our Telegram channel …", "Follow us on …"), a tag line ("Tags: …", no
 * digit), a byline on a line of its own ("By Olena Petrenko in Kyiv"); the
 * last three opening with a capital and, but for tags, holding no word of a
 * report's facts. Their places are dropped only where the rest of the text
 * still names one: a short post whose one place sits in such a line keeps it.
 * (A first form also took captions, "Photo: …", "Video: …", and skipped these
 * lines' numbers and dates; a review by other hands found Telegram posts whose
 * caption line is the report, and such lines that tell counts and dates, and
 * two different reports merged.) An embedded post's signature ("— Air Force of
 * Ukraine (@KpsZSU) June 3, 2025") is read: its date is the post's.
 *
 * A heading on a line of its own ("RELATED STORIES", "More news") is not
 * taken to open a block of other stories: on the real corpus's dev split a
 * "More news" heading stands above the report itself (g067b, a site's
 * header), and skipping what follows left that copy no facts but a place,
 * which kept it apart from its original.
 *
 * Ranges are [from, to) pairs into the lower-cased text, ascending, in a
 * buffer reused between texts; `pageLines` likewise for the lines read for
 * everything but places.
 */
const furniture = { ranges: new Int32Array(32), length: 0 };
const pageLines = { ranges: new Int32Array(32), length: 0 };

const STAMP_TOKEN = String.raw`(?:\d{1,4}(?:st|nd|rd|th|am|pm)?|a\.m\.|p\.m\.|am|pm|at|on|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|utc|gmt|ist|[ecmp][sd]t|[cew]e[s]?t|bst|msk|[jk]st|aest|ago|hours?|hrs?|minutes?|mins?|days?|weeks?|yesterday|today|(?:last |first )?(?:updated|published|posted|created|modified|edited))`;
const STAMP_SEP = String.raw`[\s,;|()+.:/\u2013\u2014-]`;
/**
 * A line that is only a page's time stamp (tried sticky at a line start;
 * lookahead: it holds a digit). Numbers and separators are separate tokens,
 * so a line that fails is given up without trying ways to split "09-01-2024".
 */
const STAMP_LINE = new RegExp(
  String.raw`(?:last |first )?(?:updated|published|posted|created|modified|edited)(?=[^\n]*\d)(?:${STAMP_SEP}+${STAMP_TOKEN})+${STAMP_SEP}*(?=\n|$)`,
  'y',
);
/** A teaser line: "Read also: <another story's headline>". */
const TEASER_LINE = /(?:related|read also|also read|see also|also see|read more)[ \t]*:/y;
/** A promotion line: "Subscribe to our Telegram channel …", "Follow us on …" (sticky, lower case). */
const PROMO_LINE = /(?:subscribe\b|follow\s+(?:us|our)\b)/y;
/** A tag line: "Tags: Kyiv, drones, air defence, Odesa", "Topics: …" (sticky, lower case). */
const TAG_LINE = /(?:tags?|topics?|keywords|filed\s+under)[ \t]*:/y;
/**
 * A byline on a line of its own: "By Olena Petrenko in Kyiv", "By Jane Doe, Reuters", "By Staff Reporter" (the names
 * capitalised, read in the text's own case: "By evening, Kyiv was quiet" is no byline; sticky at a line start).
 */
const BYLINE =
  /By\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*(?:,|\bin\b|\bfrom\b|[–—-])\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?[ \t]*(?=\n|$)/uy;
/**
 * Words of a report's own facts: a promotion, a byline or a header line that holds one is read as the report
 * ("Kyiv | 12 drones shot down | 3 injured", "⚡️URGENT | 25 drones shot down over the Kyiv region": two reviews by
 * other hands found such lines hid two reports' different counts).
 */
const REPORT_WORDS =
  /drone|uav|unmanned|missile|rocket|shahed|geran|aircraft|\bjets?\b|helicopter|bomb|target|shot|shoot|\bdown|destr|intercept|neutrali|repel|attack|strike|struck|\bhit|explo|blast|kill|injur|wound|dead|died|hurt|casualt|victim|damag/;
/** Whether a lower-cased line holds a word of a report's facts (REPORT_WORDS). */
const tellsReport = (lowerLine: string): boolean => REPORT_WORDS.test(lowerLine);
/** Words after "By" that open a sentence, not a name ("By Sunday, …", "By Dawn, Odesa Counts Damage"). */
const NOT_A_NAME =
  /^By\s+(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|January|February|March|April|May|June|July|August|September|October|November|December|Dawn|Daybreak|Morning|Noon|Midday|Afternoon|Evening|Nightfall|Night|Midnight|Then|Now|Today|Tonight|Tomorrow|Yesterday|Early|Late|Mid|End|The|This|That|Contrast|Comparison|Far|All|Some|Most)\b/;
/** Line-start characters the sticky patterns can begin with (lower case). */
const FURNITURE_FIRST = new Uint8Array(128);
for (const c of 'upcmelfrasbtk') FURNITURE_FIRST[c.charCodeAt(0)] = 1;

function pushRange(into: { ranges: Int32Array; length: number }, from: number, to: number): void {
  if (into.length + 2 > into.ranges.length) {
    const grown = new Int32Array(into.ranges.length * 2);
    grown.set(into.ranges);
    into.ranges = grown;
  }
  into.ranges[into.length++] = from;
  into.ranges[into.length++] = to;
}

function isHeaderLine(lower: string, start: number): boolean {
  HEADER_AT.lastIndex = start;
  return HEADER_AT.test(lower) && !tellsReport(lower.slice(start, HEADER_AT.lastIndex));
}

/**
 * Fills `furniture` for a lower-cased text: one look at the start of each line (and at its bars, when it has any).
 * `cased` is the text in its own case at the same offsets (null when lower-casing moved them): bylines are read there.
 */
function findFurniture(lower: string, cased: string | null): void {
  furniture.length = 0;
  pageLines.length = 0;
  const len = lower.length;
  let bar = lower.indexOf('|');
  for (let start = 0; start < len;) {
    let end = lower.indexOf('\n', start);
    if (end < 0) end = len;
    if (bar >= 0 && bar < start) bar = lower.indexOf('|', start);
    let p = start;
    while (p < end && (lower.charCodeAt(p) === 32 || lower.charCodeAt(p) === 9)) p++;
    const c = lower.charCodeAt(p);
    if (bar >= 0 && bar < end && isHeaderLine(lower, start)) pushRange(furniture, start, end);
    else if (p < end && c < 128 && FURNITURE_FIRST[c] === 1) {
      if (end - p <= 160) {
        STAMP_LINE.lastIndex = p;
        if (STAMP_LINE.test(lower)) {
          pushRange(furniture, start, end);
          start = end + 1;
          continue;
        }
      }
      TEASER_LINE.lastIndex = p;
      if (TEASER_LINE.test(lower)) {
        pushRange(furniture, start, end);
        pushRange(pageLines, start, end);
      } else if (isPageLine(lower, cased, p, end)) pushRange(pageLines, start, end);
    }
    start = end + 1;
  }
}

/**
 * A promotion, tag or byline line, from `p` (its first character) to `end`: it opens with a capital in the text's own
 * case (a wrapped sentence's next line does not: "… the ministry published a⏎subscription …"); a promotion or a byline
 * holds no word of a report's facts (REPORT_WORDS), a tag line no digit. Read for all but places.
 */
function isPageLine(lower: string, cased: string | null, p: number, end: number): boolean {
  if (cased === null || end - p > 200 || !isUpper(cased.charCodeAt(p))) return false;
  // (a tag line lists the words of the report, "drones" among them, but never its counts)
  TAG_LINE.lastIndex = p;
  if (TAG_LINE.test(lower)) return !hasDigit(lower, p, end);
  PROMO_LINE.lastIndex = p;
  BYLINE.lastIndex = p;
  const page =
    PROMO_LINE.test(lower) ||
    (end - p <= 80 &&
      lower.charCodeAt(p) === 98 /* b */ &&
      BYLINE.test(cased) &&
      !NOT_A_NAME.test(cased.slice(p, end)));
  return page && !tellsReport(lower.slice(p, end));
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * A date written in numbers ("09-01-2024", "2024-01-09", "09.01.2024",
 * "9/1/2024") at token i: its day and month (and its year, when of four
 * digits) as dates, and true; false when tokens i… are not one. Day first
 * with dots and dashes, as written outside the US; with slashes, when both
 * could be the month, both readings (a copy that spells the date out agrees
 * with one of them). Never counts: the tokeniser splits it at the
 * separators, and its parts read as numbers were counts of the next number.
 */
function readNumericDate(words: Tokens, text: string, i: number, facts: FactSink): boolean {
  if (i + 2 >= words.length) return false;
  const s0 = words.start[i] ?? 0;
  const e0 = words.end[i] ?? 0;
  const s1 = words.start[i + 1] ?? 0;
  const e1 = words.end[i + 1] ?? 0;
  const s2 = words.start[i + 2] ?? 0;
  const e2 = words.end[i + 2] ?? 0;
  if (s1 !== e0 + 1 || s2 !== e1 + 1) return false;
  const sep = text.charCodeAt(e0);
  if ((sep !== 45 && sep !== 46 && sep !== 47) || text.charCodeAt(e1) !== sep) return false;
  if (!allDigits(text, s0, e0) || !allDigits(text, s1, e1) || !allDigits(text, s2, e2)) return false;
  const l0 = e0 - s0;
  const l1 = e1 - s1;
  const l2 = e2 - s2;
  const a = Number(text.slice(s0, e0));
  const b = Number(text.slice(s1, e1));
  const c = Number(text.slice(s2, e2));
  let year = -1;
  let readings: [number, number][];
  if (l0 === 4 && l1 <= 2 && l2 <= 2) {
    year = a;
    readings = [[b, c]];
  } else if (l0 <= 2 && l1 <= 2 && (l2 === 4 || l2 === 2)) {
    if (l2 === 4) year = c;
    readings =
      sep === 47
        ? [
            [b, a],
            [a, b],
          ]
        : b > 12
          ? [[a, b]]
          : [[b, a]];
  } else return false;
  if (year !== -1 && (year < 1990 || year > 2049)) return false;
  const valid = readings.filter(([m, d]) => m >= 1 && m <= 12 && d >= 1 && d <= 31);
  if (valid.length === 0) return false;
  for (const [m, d] of valid) facts.add(`${pad(m)}-${pad(d)}`, 'date');
  if (year !== -1) facts.add(String(year), 'year');
  return true;
}

function allDigits(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
}

/**
 * The facts of a text as readable "group=value" strings (sorted, unique).
 * `scan` is the word scan of `text.toLowerCase()` (the core passes the one its
 * shingles came from); `counts` receives the counted values in text order.
 */
export function guardFacts(
  text: string,
  places: PlaceFinder,
  grouping: NumberGrouping = 'unit',
  scan: TextScan = scanText(text.toLowerCase()),
  counts?: number[],
): string[] {
  return [...guardFactSet(text, places, grouping, scan, counts)].sort();
}

/**
 * The facts of guardFacts, unsorted: the core hashes them straight into a
 * fingerprint (fingerprintOf sorts the tokens), so sorting the strings too
 * would be work thrown away on every article.
 *
 * `excerptFinder`, when given, is the finder `places` hands placeExcerpts'
 * excerpts to (`places(t)` is `excerptFinder(placeExcerpts(t))`): when no
 * dateline or header line was cut from the text, the excerpts are built from
 * the scan's words instead of scanning the text again — the same words, as
 * long as the lower case kept every offset (same length) and the text holds
 * no surrogate half (the scan counts one as a letter, placeExcerpts does
 * not). Every other code unit is a letter, digit or mark exactly when its
 * lower case is (place-excerpts.spec checks all 65,536).
 */
export function guardFactSet(
  text: string,
  places: PlaceFinder,
  grouping: NumberGrouping,
  scan: TextScan,
  counts?: number[],
  excerptFinder?: PlaceFinder | null,
): Set<string> {
  const facts = new Set<string>();
  collectFacts(text, places, grouping, scan, counts, excerptFinder, {
    add: (value, g1, g2 = '', g3 = '', g4 = '') => facts.add(`${g1}${g2}${g3}${g4}=${value}`),
  });
  return facts;
}

/**
 * Where the facts go: a fact is the group g1 + g2 + g3 + g4 (a count's group
 * is built of its context word and noun) and its value; `g2`… are '' when not
 * given. guardFactSet makes the "group=value" strings, guardFingerprint hashes
 * the parts straight into tokens, without making the strings.
 */
interface FactSink {
  add(value: string, g1: string, g2?: string, g3?: string, g4?: string): void;
}

/** FNV-1a over `s` from state h (hashString's loop, resumable: the hash of a concatenation part by part). */
function fnvOver(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
const FNV_OFFSET = 0x811c9dc5 | 0;

/**
 * fingerprintOf's tokens of the facts, hashed as they are found: the group's
 * hash over its parts (the same FNV-1a and finaliser as hashString over the
 * joined string), the value's by hashString. Reused between calls.
 */
class TokenSink implements FactSink {
  tokens = new Uint32Array(256);
  length = 0;

  add(value: string, g1: string, g2 = '', g3 = '', g4 = ''): void {
    let h = fnvOver(FNV_OFFSET, g1);
    if (g2 !== '') h = fnvOver(h, g2);
    if (g3 !== '') h = fnvOver(h, g3);
    if (g4 !== '') h = fnvOver(h, g4);
    const group = fmix32(h) >>> 20;
    const token = ((group << 20) | (hashString(value) & 0xfffff)) >>> 0;
    if (this.length === this.tokens.length) {
      const grown = new Uint32Array(this.tokens.length * 2);
      grown.set(this.tokens);
      this.tokens = grown;
    }
    this.tokens[this.length++] = token;
  }
}
const tokenSink = new TokenSink();

/**
 * fingerprintOf(guardFactSet(…)), without the fact strings: each fact is
 * hashed into its token as it is found (TokenSink); a fact found twice gives
 * the same token twice, which the sort and the drop of repeats remove as the
 * Set did the string. A fresh array (the core keeps it in the probe).
 */
export function guardFingerprint(
  text: string,
  places: PlaceFinder,
  grouping: NumberGrouping,
  scan: TextScan,
  counts?: number[],
  excerptFinder?: PlaceFinder | null,
): Uint32Array {
  const sink = tokenSink;
  sink.length = 0;
  collectFacts(text, places, grouping, scan, counts, excerptFinder, sink);
  return sortedUnique(sink.tokens.slice(0, sink.length));
}

function collectFacts(
  text: string,
  places: PlaceFinder,
  grouping: NumberGrouping,
  scan: TextScan,
  counts: number[] | undefined,
  excerptFinder: PlaceFinder | null | undefined,
  facts: FactSink,
): void {
  const words = new Tokens(scan.text, scan);
  const sameOffsets = scan.text.length === text.length; // the scan's offsets are the text's (to read its case)
  findFurniture(scan.text, sameOffsets ? text : null);
  const skip = furniture.ranges;
  const skipLength = furniture.length;
  let f = 0; // the first furniture range not wholly before the current token

  // The loop visits only the candidate tokens (every other token fails interesting() and was skipped
  // one by one before); `i` may jump ahead past the words a fact used, so candidates behind it are skipped.
  const candidates = words.candidates;
  let i = -1;
  // `from` is the first token not yet used: the one after i, once the body has moved i past a fact's words
  for (let q = 0, from = 0; q < candidates.length; q++, from = i + 1) {
    const next = candidates[q] ?? 0; // q < candidates.length
    if (next < from) continue;
    i = next;
    if (skipLength !== 0) {
      const s = words.start[i] ?? 0;
      while (f < skipLength && (skip[f + 1] ?? 0) <= s) f += 2;
      if (f < skipLength && (skip[f] ?? 0) <= s) continue;
    }
    if (!words.interesting(i)) continue;
    const w = words.at(i);
    // "a", about as common as all the digits together, counts only before "dozen", "hundred" or
    // "thousand" (below: a number word follows it, and it must be one of those); anything else is
    // passed over here instead of after a dozen set look-ups
    if (w === 'a') {
      const next = words.at(i + 1);
      if (next !== 'dozen' && next !== 'hundred' && next !== 'thousand') continue;
    }
    if (w === 'no' || w === 'without' || w === 'nobody') {
      if (saysNobodyHurt(words, i)) facts.add('0', 'n:person');
      continue;
    }
    const c0 = w.charCodeAt(0);
    const isDigit = c0 >= 48 && c0 <= 57;
    if (!isDigit && WEEKDAYS.has(w)) {
      facts.add(w, 'weekday');
      continue;
    }
    if (isDigit && w.length <= 5 && w.includes(':')) {
      facts.add(w.padStart(5, '0'), 'time');
      continue;
    }
    const month = isDigit ? undefined : MONTHS.get(w);
    // a month's name, or its abbreviation when capitalised ("Oct. 27", "Jan 2, 2024": a lower-case "mar" or
    // "dec" may be another word; read as plain numbers, "Oct. 27 that …" counted 27 of "that")
    const full = w.length > 3 || w === 'may';
    if (month !== undefined && (full || (sameOffsets && isUpper(text.charCodeAt(words.start[i] ?? 0))))) {
      // "June 12" / "June 12th"; "12 June" is handled from the number's side
      const day = parseDigits(words.at(i + 1)) ?? ordinalWord(words.at(i + 1));
      if (day !== null && day >= 1 && day <= 31) {
        facts.add(`${pad(month)}-${pad(day)}`, 'date');
        i++;
      } else if (full && w !== 'may') facts.add(w, 'month');
      continue;
    }
    const digits = isDigit ? parseDigits(w) : null;
    if (digits !== null) {
      if (readNumericDate(words, scan.text, i, facts)) {
        i += 2;
        continue;
      }
      const nextMonth = MONTHS.get(words.at(i + 1));
      const afterOf = words.at(i + 1) === 'of' ? MONTHS.get(words.at(i + 2)) : undefined;
      if (
        digits >= 1 &&
        digits <= 31 &&
        (nextMonth !== undefined || afterOf !== undefined) &&
        words.at(i + 1).length > 2
      ) {
        facts.add(`${pad((nextMonth ?? afterOf) as number)}-${pad(digits)}`, 'date');
        i += nextMonth !== undefined ? 1 : 2;
        continue;
      }
      if (digits >= 1990 && digits <= 2049 && /^\d{4}$/.test(w)) {
        facts.add(String(digits), 'year');
        continue;
      }
      addCount(words, facts, grouping, counts, digits, i, i + 1);
      continue;
    }
    if (isDigit) continue;
    if (isNumberWord(w) || (w === 'a' && isNumberWord(words.at(i + 1)))) {
      if (
        w === 'a' &&
        !(words.at(i + 1) === 'dozen' || words.at(i + 1) === 'hundred' || words.at(i + 1) === 'thousand')
      )
        continue;
      const parsed = parseNumberWords(words, i);
      if (parsed !== null) {
        addCount(words, facts, grouping, counts, parsed.value, i, i + parsed.used);
        i += parsed.used - 1;
      }
    }
  }
  let body: string | null = null;
  let found: readonly string[] | null = null;
  // (the page's own lines are not read for places, where the rest of the text names one: withoutRanges)
  if (pageLines.length !== 0 && sameOffsets) {
    const rest = withoutDatelines(withoutRanges(text, pageLines.ranges, pageLines.length));
    const inRest = places(rest);
    if (inRest.length > 0) [body, found] = [rest, inRest];
  }
  body ??= withoutDatelines(text);
  const fromScan =
    found === null &&
    excerptFinder != null &&
    body === text &&
    scan.text.length === text.length &&
    scan.codeUnits < 0xd800;
  found ??= fromScan ? excerptFinder(excerptsOfWords(text, scan.starts, scan.ends, scan.starts.length)) : places(body);
  for (const p of found) facts.add(p.toLowerCase(), 'place');
  // Where the drones were downed is the report itself; a region named in
  // passing elsewhere ("flights in Kaluga were halted") must not hide that
  // the interceptions moved from one region to another. The place finder reads
  // the phrases after "over" on their own, so this works whatever it returns
  // (names, or the gazetteer's codes).
  let overs = '';
  for (let m = nextOver(body, 0); m !== null; m = nextOver(body, OVER_AT.lastIndex)) {
    overs += `${m}.\n`;
    // a place finder may know a district only by its region ("over the Klimovo
    // district" -> Bryansk region); the district's own name tells two nights apart
    const district = OVER_DISTRICT.exec(m);
    const name = district?.[1];
    if (name !== undefined) facts.add(name.toLowerCase(), 'place-over');
  }
  if (overs !== '') for (const p of placesOfOvers(places, overs)) facts.add(p.toLowerCase(), 'place-over');
}

/**
 * The text without the page's own lines (`ranges`: [from, to) pairs, ascending), their line breaks kept: a teaser's, a
 * promotion's, a tag line's, a byline's places are not the report's ("Read also: Drone debris damages a house in the
 * Kyiv region", "By Olena Petrenko in Kyiv"); read, they gave a copy a place its original lacks, and the guard kept the
 * two apart as it did for a dateline.
 */
function withoutRanges(text: string, ranges: Int32Array, length: number): string {
  let out = '';
  let kept = 0;
  for (let k = 0; k < length; k += 2) {
    out += text.slice(kept, ranges[k]);
    kept = ranges[k + 1] ?? kept;
  }
  return out + text.slice(kept);
}

/**
 * The places in the "over …" phrases of a text, remembered per finder and
 * phrase list: bulletins repeat "over the Bryansk region" night after night,
 * and a place finder is a pure function of its text, so the answer is the same
 * (a call costs about as much as a short article's whole scan). Bounded: the
 * memo is dropped when it reaches OVERS_MEMO_SIZE texts.
 */
const oversMemo = new WeakMap<PlaceFinder, Map<string, readonly string[]>>();
const OVERS_MEMO_SIZE = 4096;

function placesOfOvers(places: PlaceFinder, overs: string): readonly string[] {
  let memo = oversMemo.get(places);
  if (memo === undefined) {
    memo = new Map();
    oversMemo.set(places, memo);
  }
  let found = memo.get(overs);
  if (found === undefined) {
    if (memo.size >= OVERS_MEMO_SIZE) memo.clear();
    found = places(overs);
    memo.set(overs, found);
  }
  return found;
}

/** Hashes facts into the compact sorted token array the index stores. */
export function fingerprintOf(facts: readonly string[] | ReadonlySet<string>): Uint32Array {
  const out = new Uint32Array('size' in facts ? facts.size : facts.length);
  let i = 0;
  for (const fact of facts) {
    const eq = fact.indexOf('=');
    const group = hashString(fact, 0, eq) >>> 20;
    const value = hashString(fact, eq + 1) & 0xfffff;
    out[i++] = ((group << 20) | value) >>> 0;
  }
  return sortedUnique(out);
}

/** Tokens sorted ascending, repeats dropped (equal facts, or two facts whose tokens collide): a view of `out`. */
function sortedUnique(out: Uint32Array): Uint32Array {
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = at(out, i);
  return out.subarray(0, n);
}

/**
 * A comparison of two fingerprints, each given as tokens[from, to) of an
 * array (the probe's own array, or its slice of the index's arena), so the
 * index compares in place without copying. Declared once for the three below.
 */
export type FingerprintComparison<R> = (
  a: Uint32Array,
  aFrom: number,
  aTo: number,
  b: Uint32Array,
  bFrom: number,
  bTo: number,
) => R;

/**
 * Whether two fingerprints conflict: some group present in both where each
 * side has a value the other lacks. Both arrays sorted ascending.
 */
export const conflicts: FingerprintComparison<boolean> = (a, aFrom, aTo, b, bFrom, bTo) =>
  conflictGroup(a, aFrom, aTo, b, bFrom, bTo) >= 0;

/** A token of a fingerprint; callers read only inside [from, to), so `?? 0` only narrows the type. */
const at = (tokens: Uint32Array, i: number): number => tokens[i] ?? 0;

/** The 12-bit group of the first conflict between two fingerprints, or -1 when they agree. */
export const conflictGroup: FingerprintComparison<number> = (a, aFrom, aTo, b, bFrom, bTo) => {
  let i = aFrom;
  let j = bFrom;
  while (i < aTo && j < bTo) {
    const ga = at(a, i) >>> 20;
    const gb = at(b, j) >>> 20;
    if (ga < gb) {
      i++;
      continue;
    }
    if (gb < ga) {
      j++;
      continue;
    }
    // same group: walk both runs
    let aOnly = false;
    let bOnly = false;
    while (i < aTo && j < bTo && at(a, i) >>> 20 === ga && at(b, j) >>> 20 === ga) {
      if (at(a, i) === at(b, j)) {
        i++;
        j++;
      } else if (at(a, i) < at(b, j)) {
        aOnly = true;
        i++;
      } else {
        bOnly = true;
        j++;
      }
    }
    while (i < aTo && at(a, i) >>> 20 === ga) {
      aOnly = true;
      i++;
    }
    while (j < bTo && at(b, j) >>> 20 === ga) {
      bOnly = true;
      j++;
    }
    if (aOnly && bOnly) return ga;
  }
  return -1;
};

const groupOf = (name: string) => hashString(name) >>> 20;
const DATE_GROUPS = new Set(['weekday', 'date', 'month', 'year', 'time'].map(groupOf));
const PLACE_GROUPS = new Set(['place', 'place-over'].map(groupOf));
/** The groups of numbers that count weapons (UNIT_SYNONYMS' canonical units). */
const WEAPON_GROUPS = new Set(['n:drone', 'n:missile', 'n:rocket', 'n:bomb'].map(groupOf));

/**
 * Whether a fingerprint counts weapons ("39 UAVs", "two missiles"). A copy
 * may drop or add boilerplate, but a text that counts weapons is not a copy
 * of a part of another that counts none (dedup.core applies it to the
 * part-in-whole rules), either way round: the one with counts is the report,
 * and dropping it would lose its interceptions, while keeping the other seldom
 * adds a source (a claim needs a count). Without this a short
 * article whose text is mostly the longer one's boilerplate ("no casualties,
 * emergency services at work") contained the longer by containment, and the
 * report arriving second was dropped as its copy.
 */
export const countsWeapons = (tokens: Uint32Array, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (WEAPON_GROUPS.has(at(tokens, i) >>> 20)) return true;
  return false;
};

/** What kind of fact a conflicting group holds, for the verdict's rule ("guard-numbers"…). */
export function groupKind(group: number): 'numbers' | 'dates' | 'places' {
  return DATE_GROUPS.has(group) ? 'dates' : PLACE_GROUPS.has(group) ? 'places' : 'numbers';
}

const isSetting = (token: number) => SETTING_GROUPS.has(token >>> 20);
const SETTING_GROUPS = new Set([...DATE_GROUPS, ...PLACE_GROUPS]);

/**
 * Jaccard similarity of the setting of two texts — their dates, times and
 * places (counts left out: the counts key compares those, and their nouns
 * change in translation). A re-translation keeps every one, incidental ones
 * included (a clock time, a district named in passing); an independent report
 * of the same event shares the headline facts and brings its own.
 */
export const settingJaccard: FingerprintComparison<number> = (a, aFrom, aTo, b, bFrom, bTo) => {
  let i = aFrom;
  let j = bFrom;
  let same = 0;
  let union = 0;
  while (i < aTo || j < bTo) {
    if (i < aTo && !isSetting(at(a, i))) {
      i++;
      continue;
    }
    if (j < bTo && !isSetting(at(b, j))) {
      j++;
      continue;
    }
    union++;
    if (i < aTo && j < bTo && at(a, i) === at(b, j)) {
      same++;
      i++;
      j++;
    } else if (j >= bTo || (i < aTo && at(a, i) < at(b, j))) i++;
    else j++;
  }
  return union === 0 ? 0 : same / union;
};

/**
 * A key for "tells the same counts in the same order": a hash of the distinct
 * values the text counts (numbers under a noun, whatever the noun; 0 and 1
 * left out), in the order they first appear, or 0 when there are fewer than
 * two. A translation keeps the counts and the order it tells them in; an
 * independent write-up of the same statement usually leads with another one.
 * Re-translations are found by this key when their words no longer match.
 */
export function countsKey(values: readonly number[]): number {
  const seen: number[] = [];
  for (const v of values) if (v >= 2 && !seen.includes(v)) seen.push(v);
  if (seen.length < 2) return 0;
  // hashString(seen.join(',')), hashed part by part without the joined string
  let h = FNV_OFFSET;
  for (let i = 0; i < seen.length; i++) {
    if (i > 0) h = Math.imul(h ^ 44, 0x01000193); // ','
    h = fnvOver(h, String(seen[i]));
  }
  const key = fmix32(h);
  return key === 0 ? 1 : key;
}

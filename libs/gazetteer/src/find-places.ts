/**
 * findPlaces: every place named in a text, in order, longest match first.
 *
 * One pass over word tokens with a first-token index (no big alternation
 * regex), so it is linear in the text. Names must be capitalised as names
 * are ("Perm", not "perm"); capital phrases ("the capital") need not be.
 * Lists that share a suffix ("the Pskov, Orlov and Moscow regions") are read
 * as regions, so "Moscow" there is Moscow Oblast, not the city.
 *
 * Speed (issue 15: dedup runs this on every article body, extraction on every
 * sentence): tokens are offsets (TokenView), and a token is lower-cased and
 * looked up only when its length and first and last letters fit some key of
 * the table it would be looked up in (KeyShapes: length, first, second and
 * last letters); most words of a text fit none. One pass over the tokens
 * makes those tests, and the phrase walk and the list reading visit only the
 * tokens that passed. scripts/check-gazetteer-identity.ts checks that the
 * outputs stay the same.
 */
import * as data from './gazetteer.data';
import type { Phrase } from './gazetteer.data';
import type { PlaceMention } from './gazetteer.types';
import { KeyShapes } from './key-shapes';
import { TokenBuffers, TokenView } from './tokenise';

// Module-local copies of the tables: an imported binding compiled to CommonJS
// may be a getter (tsx/esbuild make one per export), otherwise read per token.
const NOT_A_PLACE_WHEN_FOLLOWED_BY = data.NOT_A_PLACE_WHEN_FOLLOWED_BY;
const NOT_A_PLACE_WHEN_FOLLOWED_BY_ANY = data.NOT_A_PLACE_WHEN_FOLLOWED_BY_ANY;
const NOT_A_PLACE_WHEN_FOLLOWED_BY_TITLE = data.NOT_A_PLACE_WHEN_FOLLOWED_BY_TITLE;
const PHRASES_BY_FIRST_TOKEN = data.PHRASES_BY_FIRST_TOKEN;
const PLURAL_SUFFIXES = data.PLURAL_SUFFIXES;
const REGIONS = data.REGIONS;
const SEA_STEMS = data.SEA_STEMS;
const STEMS = data.STEMS;

/** Regions whose name is also a seat of government, used for it when glued to "backed", "annexed" and the like. */
const GOVERNMENT_SEATS: ReadonlySet<string> = new Set(['RU-MOW', 'UA-30', 'BY-HM', 'UA-40']);

/** Tokens that can start a phrase when capitalised (any phrase), and when not (only a capital phrase: "the capital"). */
const FIRST_SHAPES = new KeyShapes(PHRASES_BY_FIRST_TOKEN.keys());
const LOWER_FIRST_SHAPES = new KeyShapes(
  [...PHRASES_BY_FIRST_TOKEN]
    .filter(([, phrases]) => phrases.some((p) => p.kind === 'capital' || isOfPhrase(p)))
    .map(([key]) => key),
);
/** Tokens that can end a list of stems: "regions", "seas". */
const SUFFIX_SHAPES = new KeyShapes([...PLURAL_SUFFIXES, 'seas']);

/** findPlaces is not re-entrant (it calls no outside code), so one set of buffers serves every call. */
const buffers = new TokenBuffers();
/** The tokens that may start a phrase (starters) and end a list of stems (suffixes), as indices; grown as needed. */
let starters = new Int32Array(256);
let suffixes = new Int32Array(64);

export function findPlaces(text: string): PlaceMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const tokens = new TokenView(text, buffers);
  // One pass over the tokens with the cheap shape tests (most tokens fail both): the
  // phrase walk and the list reading then visit only the tokens that passed.
  const count = tokens.count;
  if (starters.length < count) starters = new Int32Array(buffers.starts.length);
  let nStarters = 0;
  let nSuffixes = 0;
  for (let k = 0; k < count; k++) {
    const start = tokens.starts[k]!;
    const end = tokens.ends[k]!;
    if ((isUpper(text.charCodeAt(start)) ? FIRST_SHAPES : LOWER_FIRST_SHAPES).mayHold(text, start, end))
      starters[nStarters++] = k;
    if (k > 0 && SUFFIX_SHAPES.mayHold(text, start, end)) {
      if (nSuffixes === suffixes.length) suffixes = grown(suffixes);
      suffixes[nSuffixes++] = k;
    }
  }
  const listed = nSuffixes === 0 ? null : readSuffixedLists(tokens, suffixes, nSuffixes);
  const out: PlaceMention[] = [];
  if (listed === null) {
    // Between starters longestMatch finds nothing: skip to the next one past the last match.
    let i = 0;
    for (let c = 0; c < nStarters; c++) {
      const k = starters[c]!;
      if (k < i) continue;
      const match = longestMatch(tokens, k);
      if (match) {
        out.push(match.mention);
        i = match.next;
      }
    }
    return out;
  }
  let i = 0;
  while (i < count) {
    const forced = listed.get(i);
    if (forced) {
      out.push(forced.mention);
      i = forced.next;
      continue;
    }
    const match = longestMatch(tokens, i);
    if (match) {
      out.push(match.mention);
      i = match.next;
    } else i += 1;
  }
  return out;
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * The phrases as a trie of tokens: a node holds the phrase its path spells
 * (if any) and the tokens that can follow. longestMatch walks it along the
 * text's tokens and so meets only the phrases that match at a position,
 * where a first-token list holds up to 295 phrases ("region of …", "oblast
 * of …") that were each compared token by token.
 */
interface PhraseNode {
  phrase: Phrase | undefined;
  next: Map<string, PhraseNode> | undefined;
}

const PHRASE_TRIE: ReadonlyMap<string, PhraseNode> = buildTrie();

function buildTrie(): Map<string, PhraseNode> {
  const roots = new Map<string, PhraseNode>();
  for (const [first, phrases] of PHRASES_BY_FIRST_TOKEN) {
    const root: PhraseNode = { phrase: undefined, next: undefined };
    roots.set(first, root);
    for (const phrase of phrases) {
      let node = root;
      for (let k = 1; k < phrase.tokens.length; k++) {
        const key = phrase.tokens[k]!;
        node.next ??= new Map();
        let child = node.next.get(key);
        if (child === undefined) {
          child = { phrase: undefined, next: undefined };
          node.next.set(key, child);
        }
        node = child;
      }
      // (phrases are unique by their tokens; were two alike, the first in list order is the one tried first)
      node.phrase ??= phrase;
    }
  }
  return roots;
}

/**
 * One bit per 16-bit hash (FNV-1a over the code units) of every first token of the trie: a token
 * whose bit is clear is no first token, so longestMatch does not lower-case it, slice it and hash
 * the slice for a trie look-up that would find nothing (most capitalised words that pass the
 * KeyShapes test). A token with a code unit beyond ASCII is looked up as before.
 */
const FIRST_TOKEN_BITS = new Uint32Array(1 << 11);
for (const key of PHRASE_TRIE.keys()) {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
  const bit = h & 0xffff;
  FIRST_TOKEN_BITS[bit >>> 5]! |= 1 << (bit & 31);
}

/**
 * Whether units[start, end) lower-cased may be a first token of the trie: false only when every
 * unit is ASCII (so its lower case is the token's norm, unit by unit) and its hash's bit is clear.
 */
function mayBeFirstToken(units: Uint16Array, start: number, end: number): boolean {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) {
    const c = units[k]!;
    if (c > 127) return true;
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  const bit = h & 0xffff;
  return (FIRST_TOKEN_BITS[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** The phrases that match at a position, shortest first (findPlaces is not re-entrant: one scratch list). */
const matched: Phrase[] = [];

/** "region of Kursk", "oblast of Kharkiv", "province of …", "republic of …": a subdivision's prefix phrase. */
function isOfPhrase(p: Phrase): boolean {
  return p.kind === 'region' && p.tokens.length >= 3 && p.tokens[1] === 'of';
}

function longestMatch(tokens: TokenView, i: number): { mention: PlaceMention; next: number } | null {
  const text = tokens.text;
  const start = tokens.starts[i]!;
  const upper = isUpper(text.charCodeAt(start));
  // Only a capital phrase may start with a word that is not capitalised.
  const shapes = upper ? FIRST_SHAPES : LOWER_FIRST_SHAPES;
  if (!shapes.mayHold(text, start, tokens.ends[i]!)) return null;
  if (!mayBeFirstToken(tokens.units, start, tokens.ends[i]!)) return null;
  let node = PHRASE_TRIE.get(tokens.norm(i));
  if (!node) return null;
  // Every phrase that matches at i, by walking the trie: two that match differ in length, so
  // trying them longest first is the order of the first-token list (longest first) less the
  // phrases that do not match.
  let m = 0;
  for (let k = i; ;) {
    if (node.phrase !== undefined) matched[m++] = node.phrase;
    if (node.next === undefined || ++k >= tokens.count) break;
    node = node.next.get(tokens.norm(k));
    if (!node) break;
  }
  while (m > 0) {
    const phrase = matched[--m]!;
    const n = phrase.tokens.length;
    // ("the region of Leningrad": a prefix and "of" before a capitalised name)
    if (phrase.kind !== 'capital' && !upper && !(isOfPhrase(phrase) && isUpper(text.charCodeAt(tokens.starts[i + 2]!))))
      continue;
    const end = tokens.ends[i + n - 1]!;
    // The next word describes the name only when nothing but spaces or a hyphen stands between them:
    // "the Crimean peninsula, annexed by Russia" and "Crimea -- annexed in 2014 --" still name a place.
    const after = i + n < tokens.count && joined(text, end, tokens.starts[i + n]!) ? i + n : -1;
    const afterNorm = after >= 0 ? tokens.norm(after) : undefined;
    // "Black Sea Fleet", "Moscow-backed", "Moscow time": the name describes something else.
    // A capital that is also a region (Moscow, Kyiv, Sevastopol) glued to the word ("Moscow-annexed Crimea",
    // "Kyiv-controlled territory") names a government too.
    // ("the Crimean peninsula annexed in 2014": only a seat of government annexes; after any other place "annexed" says
    // what happened to it, and the place stands)
    if (
      afterNorm !== undefined &&
      NOT_A_PLACE_WHEN_FOLLOWED_BY.has(afterNorm) &&
      (afterNorm !== 'annexed' || GOVERNMENT_SEATS.has(phrase.code)) &&
      ((phrase.kind !== 'region' && phrase.kind !== 'country' && phrase.kind !== 'demonym') ||
        (phrase.kind === 'region' && GOVERNMENT_SEATS.has(phrase.code) && text[end] === '-'))
    )
      continue;
    if (afterNorm !== undefined && NOT_A_PLACE_WHEN_FOLLOWED_BY_ANY.has(afterNorm) && phrase.kind !== 'demonym')
      continue;
    if (
      afterNorm !== undefined &&
      NOT_A_PLACE_WHEN_FOLLOWED_BY_TITLE.has(afterNorm) &&
      isUpper(text.charCodeAt(tokens.starts[after]!)) &&
      phrase.kind !== 'demonym'
    )
      continue;
    // "24 in Voronezh, eight in Vladimir": a bare alias only as a place of a locative preposition, and not as part of a
    // longer name ("Vladimir Putin", "Vladimir\nPutin", "in Vladimir's", "Leningrad military district")
    if (phrase.bare && !bareAliasIsPlace(text, start, end)) continue;
    // "14:00 Moscow time", "Kyiv time": a time zone, whatever the name's kind
    if (afterNorm === 'time' && phrase.kind !== 'country' && phrase.kind !== 'demonym') continue;
    return { mention: mentionOf(text, phrase, start, end), next: i + n };
  }
  return null;
}

/** A locative preposition right before a bare alias ("in Vladimir", "over Leningrad"). */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|over|above|near|around|outside|towards?|into|at|from)\s+$/iu;
/** After a bare alias, what makes it part of a longer name: a capitalised word across spaces or a line break, a
 * possessive, a military district or front ("the siege of Leningrad" has no locative, "in Leningrad military district"
 * is a command, claims.md edge case 4), "the Great" or a building or street ("near Vladimir cathedral"), or an
 * apposition that tells a person ("from Vladimir, a local pastor"; second review). */
const LONGER_NAME_AFTER =
  /^(?:\s+\p{Lu}|['’]s\b|\s+(?:military|front|the\s+Great|cathedral|church|monastery|monument|hill|square|street|avenue|prospekt|boulevard)\b|,\s+(?:a|an)\s)/u;

/** Whether a bare alias at [start, end) is read as a place (see `Phrase.bare`). */
function bareAliasIsPlace(text: string, start: number, end: number): boolean {
  return (
    LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) &&
    !LONGER_NAME_AFTER.test(text.slice(end, end + 12))
  );
}

function mentionOf(text: string, phrase: Phrase, start: number, end: number): PlaceMention {
  const country =
    phrase.kind === 'country' || phrase.kind === 'demonym' ? phrase.code : (REGIONS.get(phrase.code)?.country ?? null);
  const m: PlaceMention = { code: phrase.code, country, kind: phrase.kind, start, end, text: text.slice(start, end) };
  if (phrase.generic !== undefined) m.generic = phrase.generic;
  return m;
}

type Listed = Map<number, { mention: PlaceMention; next: number }>;

/**
 * "the Kaluga and Tver regions", "Pskov, Bryansk, Orlov and Moscow regions":
 * walk back from a plural suffix over stems joined by commas and "and".
 * Returns mentions keyed by their first token index; null when there are none.
 * `candidates` (n of them) are the tokens after the first that may be a suffix
 * (SUFFIX_SHAPES), in order.
 */
function readSuffixedLists(tokens: TokenView, candidates: Int32Array, n: number): Listed | null {
  const text = tokens.text;
  let found: Listed | null = null;
  for (let c = 0; c < n; c++) {
    const s = candidates[c]!;
    const seas = tokens.norm(s) === 'seas';
    if (!seas && !PLURAL_SUFFIXES.has(tokens.norm(s))) continue;
    let j = s; // exclusive end of the stem we look for
    let first = true;
    const items: Array<{ from: number; to: number; code: string }> = [];
    // "the regions of Kharkiv, Sumy and Kyiv": the same list with its suffix before it
    if (!seas && LIST_HEADS.has(tokens.norm(s)) && tokens.norm(s + 1) === 'of') readListAfter(tokens, s + 2, items);
    for (;;) {
      const stem = stemEndingAt(tokens, j, seas ? SEA_STEMS : STEMS);
      if (!stem) break;
      items.push({ from: j - stem.length, to: first ? s + 1 : j, code: stem.code });
      first = false;
      const before = j - stem.length; // index of the stem's first token
      if (before === 0) break;
      const gap = text.slice(tokens.ends[before - 1], tokens.starts[before]);
      const prev = tokens.norm(before - 1);
      // (a comma, or an ampersand as in "the Kursk & Belgorod regions")
      if ((/^\s*,\s*$/.test(gap) || AMPERSAND_GAP.test(gap)) && !['and', 'or'].includes(prev)) j = before;
      else if ((prev === 'and' || prev === 'or') && /^\s+$/.test(gap) && before >= 2) j = before - 1;
      else break; // (an Oxford comma "Kursk, and Belgorod" passes: the comma sits before "and")
    }
    if (items.length < 2) continue; // a single "X regions" is handled by the phrase table
    found ??= new Map();
    for (const it of items) {
      const start = tokens.starts[it.from]!;
      const end = tokens.ends[it.to - 1]!;
      found.set(it.from, {
        mention: {
          code: it.code,
          country: REGIONS.get(it.code)?.country ?? null,
          kind: seas ? 'sea' : 'region',
          start,
          end,
          text: text.slice(start, end),
        },
        next: it.to,
      });
    }
  }
  return found;
}

/** Between two stems of one list, as "and" is: "the Kursk & Belgorod regions", "the regions of Kyiv, Zhytomyr & Vinnytsia". */
const AMPERSAND_GAP = /^\s+&\s+$/;

/** Plural suffixes that may also head the list they name ("the regions of …"); not "areas of …", a city's. */
const LIST_HEADS: ReadonlySet<string> = new Set(['regions', 'oblasts', 'provinces', 'krais', 'republics']);

/**
 * The stems from token `j` on as a list that ends in "and" or "or" before its last ("Kharkiv, Poltava, Sumy and Kyiv"),
 * into `items`: each a region, as in "the Kharkiv, Poltava, Sumy and Kyiv regions". With no suffix after it, only the
 * "and" says where such a list ends ("the regions of Kursk and Belgorod, Moscow said" is two regions, and the city).
 */
function readListAfter(tokens: TokenView, j: number, items: Array<{ from: number; to: number; code: string }>): void {
  const text = tokens.text;
  const found: Array<{ from: number; to: number; code: string }> = [];
  for (;;) {
    const stem = stemStartingAt(tokens, j);
    if (!stem) return;
    found.push({ from: j, to: j + stem.length, code: stem.code });
    const after = j + stem.length;
    if (after >= tokens.count) return;
    const gap = text.slice(tokens.ends[after - 1], tokens.starts[after]);
    if (AMPERSAND_GAP.test(gap)) {
      const last = stemStartingAt(tokens, after);
      if (last) items.push(...found, { from: after, to: after + last.length, code: last.code });
      return;
    }
    if (after + 1 >= tokens.count) return;
    const next = tokens.norm(after);
    if ((next === 'and' || next === 'or') && /^\s+$/.test(gap)) {
      const last = stemStartingAt(tokens, after + 1);
      if (last) items.push(...found, { from: after + 1, to: after + 1 + last.length, code: last.code });
      return;
    }
    if (!/^\s*,\s*$/.test(gap)) return;
    j = after;
  }
}

function stemStartingAt(tokens: TokenView, j: number): { length: number; code: string } | null {
  for (let len = 3; len >= 1; len--) {
    if (j + len > tokens.count) continue;
    let key = tokens.norm(j);
    for (let k = j + 1; k < j + len; k++) key += ' ' + tokens.norm(k);
    const code = STEMS.get(key);
    if (code && isUpper(tokens.text.charCodeAt(tokens.starts[j]!))) return { length: len, code };
  }
  return null;
}

function stemEndingAt(
  tokens: TokenView,
  j: number,
  stems: ReadonlyMap<string, string>,
): { length: number; code: string } | null {
  for (let len = 3; len >= 1; len--) {
    if (j - len < 0) continue;
    let key = tokens.norm(j - len);
    for (let k = j - len + 1; k < j; k++) key += ' ' + tokens.norm(k);
    const code = stems.get(key);
    if (code && isUpper(tokens.text.charCodeAt(tokens.starts[j - len]!))) return { length: len, code };
  }
  return null;
}

/** Only spaces and hyphens between `from` and `to` (a name and the word after it). */
function joined(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x2d && c !== 0xa0 && c !== 0x09) return false;
  }
  return true;
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
}

/**
 * Options of the dedup core and their defaults. The defaults were chosen by
 * measurement on the evaluation corpus; see ../README.md for the numbers.
 */
import { placeExcerpts } from './place-excerpts';
import { defaultPlaces } from './places.default';
import type { NumberGrouping, PlaceFinder } from './guard.fingerprint';
import { MAX_ROWS_PER_BAND } from './minhash';

export interface DedupOptions {
  /** Articles further apart than this (event time) are never compared. Default 30. */
  horizonDays?: number;
  /** Minimum estimated Jaccard similarity for a near duplicate. */
  threshold?: number;
  /** Words per shingle. */
  shingleSize?: number;
  /** MinHash permutations (one signature byte each); a multiple of `bands`. */
  permutations?: number;
  /** LSH bands; permutations / bands rows each, at most 4. */
  bands?: number;
  /** Finds place names in a text for the guard; the gazetteer plugs in here. */
  places?: (text: string) => string[];
  /**
   * Hand `places` only the excerpts of a text that can name a place (each
   * capitalised word and each "capital" with a word before and three after;
   * see place-excerpts.ts), not the whole text. Default: on when `places` is
   * given (the gazetteer finds the same places in the excerpts: checked on the
   * real, generated and benchmark corpora), off for the default finder, whose
   * patterns read further around a name.
   */
  placeExcerpts?: boolean;
  /** How the guard groups numbers: by the noun they count (default) or as one set. */
  numberGrouping?: NumberGrouping;
  /** Dated articles published further apart than this are never duplicates. Default 72 hours. */
  maxPublicationGapHours?: number;
  /** Seed of the permutations; changing it invalidates a stored index. */
  seed?: number;
  /** Turns the guard off. Only for measuring what it is worth (eval); never in service. */
  guard?: boolean;
  /**
   * Most entries the index holds; when full, the entry with the oldest event
   * time goes first. Default 1,000,000 (the benchmark's 1M articles, 801k of them indexed,
   * take ≈ 290 MB: README "Configuration").
   */
  maxEntries?: number;
  /** Minimum estimated containment (share of the smaller text's shingles in the larger) for a cut. */
  containment?: number;
  /** Minimum estimated Jaccard for the containment rule (estimates below it are noise). */
  containmentMinJaccard?: number;
  /**
   * Lower minimum containment for a candidate that also shares a whole long sentence with the
   * probe (one of its stored sentence keys is one of the probe's): a new lede plus a sentence
   * trimmed mid-way dilutes containment, while independent write-ups of one event share no
   * sentence. Above 1 turns it off.
   */
  sharedSentenceContainment?: number;
  /** Sentence anchors kept per article (bottom-m sentence keys, besides the lede's), 0 to turn sentences off; at most 3. */
  sentenceAnchors?: number;
  /** Minimum share of comparable sentence anchors in common for the sentence rule. */
  sentenceContainment?: number;
  /** Minimum anchors in common for the sentence rule. */
  sentenceMinShared?: number;
  /** Minimum estimated Jaccard for the sentence rule (shared boilerplate sentences alone are not a copy). */
  sentenceMinJaccard?: number;
  /** Minimum Jaccard of the two texts' dates, times and places for the facts (re-translation) rule; above 1 turns it off. */
  factsSimilarity?: number;
  /** Minimum estimated word-shingle Jaccard for the facts rule. */
  factsMinJaccard?: number;
  /**
   * With the facts rule on, also require this order-preserving alignment of the two texts' sentence
   * specifics (retranslation.signals.ts); 0 = not required. The specifics of every article with a
   * counts key are kept in the index (after its guard tokens) and in its index entry (`spec`), so
   * an index rebuilt from the changelog decides alike; entries written without them never match
   * by facts.
   */
  factsAlignment?: number;
  /** A duplicate is indexed too when less than this share of it is inside its original (it brings new text). */
  indexNewContentBelow?: number;
}

export interface ResolvedOptions {
  horizonMs: number;
  maxPublicationGapMs: number;
  threshold: number;
  shingleSize: number;
  permutations: number;
  bands: number;
  rows: number;
  places: PlaceFinder;
  /**
   * When `places` hands the finder excerpts (placeExcerpts), that finder, so
   * the guard can hand it excerpts built from the core's word scan instead
   * of scanning the text again; null when `places` reads the whole text.
   */
  excerptFinder: PlaceFinder | null;
  numberGrouping: NumberGrouping;
  seed: number;
  guard: boolean;
  /** Tag stored with each entry; entries with another tag are not comparable. */
  params: string;
  maxEntries: number;
  containment: number;
  containmentMinJaccard: number;
  sharedSentenceContainment: number;
  sentenceAnchors: number;
  sentenceContainment: number;
  sentenceMinShared: number;
  sentenceMinJaccard: number;
  factsSimilarity: number;
  factsMinJaccard: number;
  factsAlignment: number;
  indexNewContentBelow: number;
}

export const DEFAULTS = {
  horizonDays: 30,
  maxPublicationGapHours: 72,
  threshold: 0.55,
  shingleSize: 2,
  permutations: 64,
  bands: 16,
  numberGrouping: 'unit' as NumberGrouping,
  seed: 0x5eed,
  maxEntries: 1_000_000,
  containment: 0.6,
  containmentMinJaccard: 0.12,
  sharedSentenceContainment: 0.5,
  sentenceAnchors: 3,
  sentenceContainment: 0.5,
  sentenceMinShared: 2,
  sentenceMinJaccard: 0.1,
  factsSimilarity: 1.01,
  factsMinJaccard: 0.1,
  factsAlignment: 0,
  indexNewContentBelow: 0.9,
};

export function resolveOptions(opts: DedupOptions = {}): ResolvedOptions {
  const horizonDays = opts.horizonDays ?? DEFAULTS.horizonDays;
  const threshold = opts.threshold ?? DEFAULTS.threshold;
  const shingleSize = opts.shingleSize ?? DEFAULTS.shingleSize;
  const permutations = opts.permutations ?? DEFAULTS.permutations;
  const bands = opts.bands ?? DEFAULTS.bands;
  const seed = opts.seed ?? DEFAULTS.seed;
  if (!(horizonDays > 0)) throw new RangeError('horizonDays must be positive');
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError('threshold must be in (0, 1]');
  if (!Number.isInteger(shingleSize) || shingleSize < 1) throw new RangeError('shingleSize must be a positive integer');
  if (!Number.isInteger(bands) || bands < 1 || !Number.isInteger(permutations) || permutations % bands !== 0) {
    throw new RangeError('permutations must be a positive multiple of bands');
  }
  const rows = permutations / bands;
  if (rows > MAX_ROWS_PER_BAND)
    throw new RangeError(`at most ${MAX_ROWS_PER_BAND} rows per band (permutations / bands)`);
  const sentenceAnchors = opts.sentenceAnchors ?? DEFAULTS.sentenceAnchors;
  if (!Number.isInteger(sentenceAnchors) || sentenceAnchors < 0 || sentenceAnchors > 3)
    throw new RangeError('sentenceAnchors must be 0…3');
  const maxEntries = opts.maxEntries ?? DEFAULTS.maxEntries;
  if (!(maxEntries >= 1 && maxEntries <= 16_000_000)) throw new RangeError('maxEntries must be 1…16,000,000');
  return {
    horizonMs: horizonDays * 86_400_000,
    maxPublicationGapMs: (opts.maxPublicationGapHours ?? DEFAULTS.maxPublicationGapHours) * 3_600_000,
    threshold,
    shingleSize,
    permutations,
    bands,
    rows,
    places: placeFinder(opts),
    excerptFinder: readsExcerpts(opts) ? (opts.places ?? defaultPlaces) : null,
    numberGrouping: opts.numberGrouping ?? DEFAULTS.numberGrouping,
    seed,
    guard: opts.guard ?? true,
    params: `s${shingleSize}k${permutations}b${bands}x${seed.toString(36)}${opts.numberGrouping === 'set' ? 'g' : ''}`,
    maxEntries,
    containment: opts.containment ?? DEFAULTS.containment,
    containmentMinJaccard: opts.containmentMinJaccard ?? DEFAULTS.containmentMinJaccard,
    sharedSentenceContainment: opts.sharedSentenceContainment ?? DEFAULTS.sharedSentenceContainment,
    sentenceAnchors,
    sentenceContainment: opts.sentenceContainment ?? DEFAULTS.sentenceContainment,
    sentenceMinShared: opts.sentenceMinShared ?? DEFAULTS.sentenceMinShared,
    sentenceMinJaccard: opts.sentenceMinJaccard ?? DEFAULTS.sentenceMinJaccard,
    factsSimilarity: opts.factsSimilarity ?? DEFAULTS.factsSimilarity,
    factsMinJaccard: opts.factsMinJaccard ?? DEFAULTS.factsMinJaccard,
    factsAlignment: opts.factsAlignment ?? DEFAULTS.factsAlignment,
    indexNewContentBelow: opts.indexNewContentBelow ?? DEFAULTS.indexNewContentBelow,
  };
}

/** The place finder the guard calls: the one given (or the default), reading excerpts when asked to. */
function placeFinder(opts: DedupOptions): PlaceFinder {
  const finder = opts.places ?? defaultPlaces;
  return readsExcerpts(opts) ? (text) => finder(placeExcerpts(text)) : finder;
}

function readsExcerpts(opts: DedupOptions): boolean {
  return opts.placeExcerpts ?? opts.places !== undefined;
}

/**
 * The deduplication core: pure, synchronous, no Kafka and no Nest.
 *
 * decide(article) answers "unique" or "duplicate of X" and returns the index
 * changes that answer caused, each keyed by articleId, so the service can write
 * them to a compacted topic and a new instance can rebuild the same index by
 * restore()-ing them in order.
 *
 *  1. Exact: the article's contentHash (already folded by ingest) against the
 *     contentHash of every indexed article.
 *  2. Near: candidates come from three lookups — LSH bands of a b-bit MinHash
 *     signature over word shingles, sentence anchors (the smallest hashes of
 *     the long sentences), and the key of the counts the text reports — and a
 *     candidate counts when one rule holds: estimated Jaccard ('minhash'),
 *     estimated containment of the smaller text in the larger ('containment',
 *     cuts), shared sentence anchors ('sentences', a new lede or trims), or the
 *     same facts with some shared wording ('facts', re-translations)...
 *  3. ...and the guard finds no conflict between their numbers, dates and
 *     places (see guard.fingerprint.ts). Dropping a real report is worse than
 *     counting a copy, so the guard has the last word.
 *
 * A verdict always names an original (the first article of its group to
 * arrive). Unique articles are indexed, and so are duplicates that bring text
 * their original lacks (the full cut after the short one, a copy with a new
 * lede), so a later copy that resembles only them is still caught whatever the
 * arrival order. Articles further apart in time than the horizon are never
 * compared; the index drops entries only when it is full, oldest event time
 * first, so a backfill of old articles is indexed like any other.
 * Memory: every per-article field lives in typed arrays indexed by a slot
 * number; slots of evicted entries are reused.
 */
import type { Article, DedupIndexEntry } from '@skytally/contracts';
import { blankLineBullets } from '@skytally/text';
import { decodeEntry, encodeEntry } from './index-entry.codec';
import { resolveOptions, type DedupOptions, type ResolvedOptions } from './dedup.options';
import { codeAlignment, specificsCode } from './retranslation.signals';
import type { DedupDecision, DedupStats, DuplicateRule, IndexChange, UniqueRule } from './dedup.types';
import {
  conflictGroup,
  countsKey,
  countsWeapons,
  settingJaccard,
  groupKind,
  guardFingerprint,
} from './guard.fingerprint';
import { IdStore, idHash } from './id-store';
import { LITTLE_ENDIAN, MinHasher, bandKey, estimateJaccard, estimateJaccardWords, signatureWords } from './minhash';
import { SlotTable } from './slot-table';
import { bottomK, datelineEnd, distinctCount, distinctShingles, scanText, sketchOverlap } from './text.features';
import { TimeHeap } from './time-heap';
import { VisitedSet } from './visited-set';

/**
 * Stride of the per-slot anchor array; an anchor's reference is slot * 4 + its
 * index. Indexes 0…2 hold the bottom-m sentence keys, index 3 the lede's.
 */
const ANCHOR_STRIDE = 4;
const LEDE = 3;
/**
 * The per-slot flag byte: bits 0…3 = anchor i is in the anchor table,
 * COUNTS_TABLED = the counts key is in the counts table, bits 5…6 the number of
 * bottom-m anchors stored (≤ 3), DATED = the time is a publication date.
 */
const COUNTS_TABLED = 1 << 4;
const ANCHOR_LEN_SHIFT = 5;
const DATED = 1 << 7;
const TABLED_BITS = 0x1f;
/**
 * A sentence key already anchoring this many articles is furniture ("Follow
 * us on Telegram for live updates."), not a report: it is not tabled again.
 * This keeps the table's runs short (an insert or lookup probes the whole
 * run of a key) and the candidates few.
 */
const MAX_ANCHOR_BUCKET = 16;
/**
 * Most slots the index hands out (16M, far beyond what memory allows): slot
 * numbers take 24 bits of a table cell and leave the rest for hash tags (see
 * slot-table.ts); anchor references (slot * 4 + i) take 26.
 */
const MAX_SLOTS = 1 << 24;
/**
 * Most slots the per-slot arrays grow by at once (≈ 1.8 MB of them): beyond
 * 65,536 entries growing by a fixed step, not a quarter, leaves at most one
 * step unused (each step copies the arrays once: ~90 MB at a million entries,
 * a few tens of ms every 16,384 new entries).
 */
const SLOT_STEP = 1 << 14;
/**
 * Guard arena pages: 16,384 words (64 KB) each, or one fingerprint's length when
 * longer; offsets are page << PAGE_BITS | offset in an int32.
 */
const PAGE_BITS = 14;
const PAGE_WORDS = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_WORDS - 1;
const MAX_PAGES = 1 << (31 - PAGE_BITS);
const EMPTY_PAGE = new Uint32Array(0);
const RULE_RANK: Record<DuplicateRule, number> = { exact: 0, minhash: 1, containment: 2, sentences: 3, facts: 4 };
/** The rules that match part of one text inside another, not the texts as a whole. */
const PART_RULES: ReadonlySet<DuplicateRule> = new Set(['containment', 'sentences']);

/** A publishedAt further than this after ingestedAt is not believed. */
const MAX_FUTURE_MS = 86_400_000;

/** The publication time when there is one to believe, else null. */
function publishedTime(article: Pick<Article, 'publishedAt' | 'ingestedAt'>): number | null {
  if (article.publishedAt === null) return null;
  const published = Date.parse(article.publishedAt);
  // a date far in the future would push the horizon forward and evict everything
  return Number.isFinite(published) && published <= Date.parse(article.ingestedAt) + MAX_FUTURE_MS ? published : null;
}

/** The time an article is indexed and evicted by. */
export function eventTime(article: Pick<Article, 'publishedAt' | 'ingestedAt'>): number {
  return publishedTime(article) ?? Date.parse(article.ingestedAt);
}

/** What decide() computes about an article before comparing it. */
interface Probe {
  hashLo: number;
  hashHi: number;
  sig: Uint8Array;
  /** `sig` as int32 words (signatureWords), null when it cannot be viewed so; read by match() only. */
  sigWords: Int32Array | null;
  guard: Uint32Array;
  /** Bottom-m sentence keys, ascending. */
  anchors: Int32Array;
  /** Every sentence key (looked up in the anchor table; not stored). */
  sentences: Int32Array;
  /** Key of the first long sentence (the lede), 0 for none: cuts keep it. */
  lede: number;
  /** Distinct long sentences (capped at 255): the anchors are all of them when ≤ m. */
  nSent: number;
  /** Distinct word shingles (capped at 65535). */
  shingles: number;
  /** countsKey of the text's facts, 0 for none. */
  counts: number;
  /**
   * The sentence specifics (`specificsCode`), only when the facts rule requires their alignment
   * (factsAlignment > 0) and the text has a counts key (the rule compares no other): stored in the
   * index entry, so a restored index aligns the same units.
   */
  spec: Uint16Array | null;
}

/** One candidate as explain() reports it. */
export interface CandidateExplanation {
  articleId: string;
  /** The lookups that found it: LSH bands, sentence anchors, the counts key (facts rule on only). */
  foundBy: ('bands' | 'sentences' | 'counts')[];
  /** Estimated Jaccard of the word shingles, and the containment derived from it. */
  jaccard: number;
  containment: number;
  /** The rule that holds for it (before the time window and the guard), or null. */
  rule: DuplicateRule | null;
  similarity: number | null;
  /** Within the horizon and, both dated, the publication gap. */
  inTime: boolean;
  /** What the guard says: null when it lets the two be one report. */
  guard: UniqueRule | null;
}

interface Match {
  slot: number;
  rule: DuplicateRule;
  similarity: number;
  jaccard: number;
}

/** Containment of the smaller set in the larger from their Jaccard and sizes: |A∩B| = J(|A|+|B|)/(1+J). */
function containmentOf(j: number, a: number, b: number): number {
  const smaller = a < b ? a : b;
  if (smaller === 0) return 0;
  const c = (j * (a + b)) / ((1 + j) * smaller);
  return c > 1 ? 1 : c;
}

/**
 * The per-slot typed arrays are read only for slots below `capacity` (handed
 * out by allocSlot, or found in a table), so their `?? 0` only narrows the
 * type (`number | undefined` under noUncheckedIndexedAccess).
 */
export class DedupCore {
  readonly options: ResolvedOptions;
  private readonly hasher: MinHasher;
  private readonly k: number;

  // per-slot storage
  private capacity = 0;
  private sigs = new Uint8Array(0);
  /**
   * `sigs` as int32 words (a view, renewed when `sigs` grows) when the signature is a whole number
   * of words (k % 4 === 0): match() compares a candidate's signature four bytes at a time, and with
   * 4 rows a band on a little-endian machine a band's key is one word (the band tables recompute
   * keys on every probe that meets a tag, every insert, remove and growth).
   */
  private sigWords: Int32Array | null = null;
  private readonly wordsPerSig: number;
  /**
   * The probe's signature, reused by every probeOf() (and its word view, made once): a probe lives
   * only while one article is decided or explained, and the index copies the bytes it keeps
   * (insert, the changelog entry), so no article needs two typed arrays of its own for it.
   */
  private readonly probeSig: Uint8Array<ArrayBuffer>;
  private readonly probeSigWords: Int32Array | null;
  private hashes = new Int32Array(0); // 2 per slot: first 64 bits of contentHash
  private times = new Float64Array(0);
  private guardOff = new Int32Array(0);
  private guardLen = new Uint16Array(0);
  private anchors = new Int32Array(0); // ANCHOR_STRIDE per slot
  /** Per slot: which keys are tabled, how many anchors, whether dated (see COUNTS_TABLED above). */
  private flags = new Uint8Array(0);
  private nSent = new Uint8Array(0);
  private shingleCount = new Uint16Array(0);
  private counts = new Int32Array(0);
  /** Per slot, the words of its sentence specifics after its guard tokens in the arena (alignOn only). */
  private specLen = new Uint8Array(0);
  private readonly factsOn: boolean;
  /** The facts rule requires the sentences' alignment: sentence specifics are kept (in the arena and the entry). */
  private readonly alignOn: boolean;
  /** For a duplicate indexed because it brings new text: the original it copies. */
  private readonly roots = new Map<number, string>();
  private readonly ids = new IdStore();
  /** Slots handed out so far (live or free). */
  private slotsUsed = 0;
  private freeSlots: number[] = [];
  private live = 0;

  /**
   * Guard fingerprints, packed in pages of PAGE_WORDS words (a fingerprint never
   * spans two; a longer one has a page of its own; guardOff = page << PAGE_BITS |
   * offset), so the arena grows a page at a time and is never copied to grow;
   * compacted when half of it is garbage.
   */
  private pages: Uint32Array[] = [];
  /** Words used in the last page. */
  private pageUsed = PAGE_WORDS;
  /** Words stored (live and garbage). */
  private arenaUsed = 0;
  private arenaGarbage = 0;

  private readonly bandTables: SlotTable[];
  private readonly exactTable: SlotTable;
  private readonly idTable: SlotTable;
  private readonly anchorTable: SlotTable; // keyed by anchor reference (slot * 4 + i)
  private readonly countsTable: SlotTable; // only slots with a counts key
  private readonly heap: TimeHeap;
  /** The slots one nearest() call has visited (each candidate is matched once). */
  private readonly visited = new VisitedSet();
  private readonly counters: DedupStats = {
    decided: 0,
    unique: 0,
    exact: 0,
    near: 0,
    byRule: { exact: 0, minhash: 0, containment: 0, sentences: 0, facts: 0 },
    indexedDuplicates: 0,
    redelivered: 0,
    guardRejections: 0,
    candidates: 0,
    evicted: 0,
    incompatible: 0,
  };

  constructor(opts?: DedupOptions) {
    this.options = resolveOptions(opts);
    this.k = this.options.permutations;
    this.factsOn = this.options.factsSimilarity <= 1;
    this.alignOn = this.factsOn && this.options.factsAlignment > 0;
    this.hasher = new MinHasher(this.k, this.options.seed);
    this.wordsPerSig = this.k % 4 === 0 ? this.k >>> 2 : 0;
    this.probeSig = new Uint8Array(this.k);
    this.probeSigWords = this.wordsPerSig > 0 ? signatureWords(this.probeSig) : null;
    const { rows } = this.options;
    const wordBands = rows === 4 && LITTLE_ENDIAN && this.wordsPerSig > 0;
    this.bandTables = Array.from(
      { length: this.options.bands },
      (_, b) =>
        new SlotTable(
          wordBands
            ? (slot) => this.sigWords?.[slot * this.wordsPerSig + b] ?? 0 // bandKey's int32, read as one word
            : (slot) => bandKey(this.sigs, slot * this.k, b, rows),
          1024,
          MAX_SLOTS - 1,
          'quarter',
        ),
    );
    // Tables grow by a quarter (not doubling) where the order a key's slots are met in does not matter:
    // the candidates are sorted (nearest()), ids are unique. The content-hash table keeps doubling: its
    // find() answers the first slot in probe order that is in time, which names the original.
    this.exactTable = new SlotTable((slot) => this.hashes[2 * slot] ?? 0, 1024, MAX_SLOTS - 1);
    this.idTable = new SlotTable((slot) => this.ids.hash(slot), 1024, MAX_SLOTS - 1, 'quarter');
    this.anchorTable = new SlotTable((ref) => this.anchors[ref] ?? 0, 1024, MAX_SLOTS * ANCHOR_STRIDE - 1, 'quarter');
    this.countsTable = new SlotTable((slot) => this.counts[slot] ?? 0, 1024, MAX_SLOTS - 1, 'quarter');
    this.heap = new TimeHeap((slot) => this.times[slot] ?? 0);
    this.ensureCapacity(1024);
  }

  /** Number of indexed articles. */
  size(): number {
    return this.live;
  }

  stats(): DedupStats {
    return { ...this.counters, byRule: { ...this.counters.byRule } };
  }

  /** Approximate bytes held by the index (typed arrays, ids, tables): the sum of memoryBreakdown(). */
  memoryEstimateBytes(): number {
    let bytes = 0;
    for (const b of Object.values(this.memoryBreakdown())) bytes += b;
    return bytes;
  }

  /** The bytes of memoryEstimateBytes() by structure (per-slot arrays, arenas, tables, heap). */
  memoryBreakdown(): Record<string, number> {
    let bandTables = 0;
    for (const t of this.bandTables) bandTables += t.byteLength;
    let roots = 0;
    for (const root of this.roots.values()) roots += 48 + root.length; // map entry + string
    return {
      sigs: this.sigs.byteLength,
      hashes: this.hashes.byteLength,
      times: this.times.byteLength,
      guardOff: this.guardOff.byteLength,
      guardLen: this.guardLen.byteLength,
      visited: this.visited.byteLength,
      anchors: this.anchors.byteLength,
      flags: this.flags.byteLength,
      nSent: this.nSent.byteLength,
      shingleCount: this.shingleCount.byteLength,
      counts: this.counts.byteLength,
      specLen: this.specLen.byteLength,
      guardArena: this.pages.reduce((bytes, page) => bytes + page.byteLength, 0),
      ids: this.ids.byteLength,
      freeSlots: this.freeSlots.length * 8,
      roots,
      heap: this.heap.byteLength,
      bandTables,
      exactTable: this.exactTable.byteLength,
      idTable: this.idTable.byteLength,
      anchorTable: this.anchorTable.byteLength,
      countsTable: this.countsTable.byteLength,
    };
  }

  decide(article: Article): DedupDecision {
    this.counters.decided++;
    const changes: IndexChange[] = [];
    const probeHash = parseHashPrefix(article.contentHash);

    // Redelivery (at-least-once): an article already indexed gets the same verdict again, with no changes.
    let skip = -1;
    // the id's UTF-8 bytes, for the id table's lookup and, if the article is indexed, the id store
    const idBytes = Buffer.from(article.articleId, 'utf8');
    const own = this.slotOf(article.articleId, idBytes);
    if (own >= 0) {
      if (this.hashes[2 * own] === probeHash[0] && this.hashes[2 * own + 1] === probeHash[1]) {
        this.counters.redelivered++;
        if (!this.roots.has(own)) {
          this.counters.unique++;
          return { verdict: 'unique', rule: 'redelivered', changes };
        }
        skip = own; // an indexed duplicate: decide again without itself, change nothing
      } else {
        // Same id, new content (a corrected article): decide it afresh, without its old self.
        this.removeSlot(own);
        changes.push({ articleId: article.articleId, entry: null });
      }
    }

    // eventTime(), and whether it is a publication date, from one reading of the dates (Date.parse is not cheap)
    const published = publishedTime(article);
    const dated = published !== null;
    const time = published ?? Date.parse(article.ingestedAt);
    const e = this.exactProbe;
    e.hi = probeHash[1];
    e.skip = skip;
    e.time = time;
    e.dated = dated;
    const exact = this.exactTable.find(probeHash[0], this.acceptExact);
    if (exact >= 0) {
      this.counters.exact++;
      this.counters.byRule.exact++;
      return {
        verdict: 'duplicate',
        duplicateOf: this.rootOf(exact),
        similarity: 1,
        kind: 'exact',
        rule: 'exact',
        changes,
      };
    }

    const probe = this.probeOf(article, probeHash);
    const near = this.nearest(probe, time, dated, skip);
    if ('slot' in near) {
      this.counters.near++;
      this.counters.byRule[near.rule]++;
      const duplicateOf = this.rootOf(near.slot);
      // A duplicate that brings text its match lacks (the full cut after the short
      // one, a new lede) is indexed too, so a copy that resembles only it is caught.
      if (skip < 0 && probe.shingles > 0) {
        const other = this.shingleCount[near.slot] ?? 0;
        const inside = (near.jaccard * (probe.shingles + other)) / ((1 + near.jaccard) * probe.shingles);
        // (a longer copy than its match always brings text the match lacks; the estimate alone is noisy)
        if (inside < this.options.indexNewContentBelow || probe.shingles > other * 1.05) {
          this.counters.indexedDuplicates++;
          this.index(article, probe, time, dated, duplicateOf, changes, idBytes);
        }
      }
      // a corrected article that now copies another: its old entry goes (tombstone above)
      return {
        verdict: 'duplicate',
        duplicateOf,
        similarity: round(near.similarity),
        kind: 'near',
        rule: near.rule,
        changes,
      };
    }

    this.counters.unique++;
    if (skip >= 0) return { verdict: 'unique', rule: 'redelivered', changes };
    this.index(article, probe, time, dated, undefined, changes, idBytes);
    return { verdict: 'unique', rule: near.rule, changes };
  }

  /**
   * Read-only: every indexed article the lookups find for `article`, which
   * lookups found it, and what each rule, the time window and the guard say of
   * it — the stages decide() goes through, for the eval's `--stages` report
   * (which stage loses a copy). Changes nothing: no index change, no counter.
   * The counts lookup runs only with the facts rule on (its table exists only then).
   */
  explain(article: Article): CandidateExplanation[] {
    const probe = this.probeOf(article, parseHashPrefix(article.contentHash));
    const own = this.slotOf(article.articleId);
    const published = publishedTime(article);
    const time = published ?? Date.parse(article.ingestedAt);
    const foundBy = new Map<number, CandidateExplanation['foundBy']>();
    const note = (slot: number, how: CandidateExplanation['foundBy'][number]) => {
      if (slot === own) return;
      const list = foundBy.get(slot) ?? [];
      if (!list.includes(how)) list.push(how);
      foundBy.set(slot, list);
    };
    const { rows } = this.options;
    for (let b = 0; b < this.bandTables.length; b++)
      this.bandTables[b]?.forEach(bandKey(probe.sig, 0, b, rows), (slot) => note(slot, 'bands'));
    for (const key of probe.sentences)
      this.anchorTable.forEach(key, (ref) => note(Math.floor(ref / ANCHOR_STRIDE), 'sentences'));
    if (this.factsOn && probe.counts !== 0) this.countsTable.forEach(probe.counts, (slot) => note(slot, 'counts'));
    const probeCounts = countsWeapons(probe.guard, 0, probe.guard.length);
    const out: CandidateExplanation[] = [];
    for (const [slot, how] of foundBy) {
      const j = estimateJaccard(probe.sig, 0, this.sigs, slot * this.k, this.k);
      const m = this.match(probe, slot);
      const off = this.guardOff[slot] ?? 0;
      const page = this.pages[off >>> PAGE_BITS] ?? EMPTY_PAGE;
      const at = off & PAGE_MASK;
      const end = at + (this.guardLen[slot] ?? 0);
      const group = conflictGroup(probe.guard, 0, probe.guard.length, page, at, end);
      const guard: UniqueRule | null =
        group >= 0
          ? `guard-${groupKind(group)}`
          : m !== null && PART_RULES.has(m.rule) && countsWeapons(page, at, end) !== probeCounts
            ? 'guard-numbers'
            : null;
      out.push({
        articleId: this.ids.get(slot),
        foundBy: how,
        jaccard: round(j),
        containment: round(containmentOf(j, probe.shingles, this.shingleCount[slot] ?? 0)),
        rule: m?.rule ?? null,
        similarity: m === null ? null : round(m.similarity),
        inTime: this.closeInTime(slot, time, published !== null),
        guard,
      });
    }
    return out.sort((x, y) => (x.articleId < y.articleId ? -1 : 1));
  }

  /**
   * Everything compared about an article, from one scan of its lower-cased text (and its facts). Bullets that open a
   * line are read as line breaks (`@skytally/text`, layout.ts), so a copy reposted with an emoji before each paragraph
   * has the original's sentences and words: with one before each paragraph of every copy, recall on the real corpus's
   * dev split fell 0.807 → 0.687 before. (A wrapped text's soft line breaks are not read here: joining a line of
   * furniture to a wrapped lede hid the lede's counts and dates from the guard, and two reports merged, a review by other
   * hands found; a wrapped copy is found by its words, recall 0.771 on the same split.)
   */
  private probeOf(article: Article, probeHash: [number, number]): Probe {
    const o = this.options;
    const body = blankLineBullets(article.body);
    const scan = scanText(body.toLowerCase(), datelineEnd(body));
    const shingles = distinctShingles(scan.words, o.shingleSize);
    const counted: number[] = [];
    const guard = guardFingerprint(body, o.places, o.numberGrouping, scan, counted, o.excerptFinder);
    const counts = countsKey(counted);
    const sig = this.hasher.signature(shingles, this.probeSig);
    return {
      hashLo: probeHash[0],
      hashHi: probeHash[1],
      sig,
      sigWords: this.probeSigWords,
      guard,
      anchors: o.sentenceAnchors > 0 ? bottomK(scan.sentences, o.sentenceAnchors) : new Int32Array(0),
      sentences: o.sentenceAnchors > 0 ? scan.sentences : new Int32Array(0),
      lede: o.sentenceAnchors > 0 ? scan.lede : 0,
      nSent: o.sentenceAnchors > 0 ? distinctCount(scan.sentences) : 0,
      shingles: Math.min(shingles.length, 0xffff), // distinct already
      counts,
      spec: this.alignOn && counts !== 0 ? specificsCode(body) : null,
    };
  }

  /** Indexes an article (evicting the oldest entries first if the index is full) and records the change. */
  private index(
    article: Article,
    probe: Probe,
    time: number,
    dated: boolean,
    of: string | undefined,
    changes: IndexChange[],
    idBytes?: Uint8Array,
  ): void {
    while (this.live >= this.options.maxEntries) {
      const oldest = this.heap.peek();
      changes.push({ articleId: this.ids.get(oldest), entry: null });
      this.removeSlot(oldest);
      this.counters.evicted++;
    }
    this.insert(article.articleId, probe, time, dated, of, idBytes);
    changes.push({ articleId: article.articleId, entry: this.entryOf(article.contentHash, probe, time, dated, of) });
  }

  private rootOf(slot: number): string {
    return this.roots.get(slot) ?? this.ids.get(slot);
  }

  /**
   * Applies one change from the changelog (in topic order). Tombstones remove,
   * entries add or replace. Nothing is evicted here: evictions were recorded as
   * tombstones when they happened, so replaying reproduces the index exactly.
   * Returns false for an entry made with other parameters (skipped).
   */
  restore(change: IndexChange): boolean {
    const own = this.slotOf(change.articleId);
    if (own >= 0) this.removeSlot(own);
    if (change.entry === null) return true;
    const decoded = decodeEntry(change.entry, this.options.params, this.k, this.options.sentenceAnchors);
    if (decoded === null) {
      this.counters.incompatible++;
      return false;
    }
    const [lo, hi] = parseHashPrefix(decoded.hash);
    this.insert(
      change.articleId,
      { ...decoded, sigWords: null, sentences: decoded.anchors, hashLo: lo, hashHi: hi },
      decoded.time,
      decoded.dated,
      decoded.of,
    );
    return true;
  }

  /**
   * Articles further apart than the horizon are never compared, and two dated
   * articles published further apart than maxPublicationGap are different
   * reports, however alike: ministries repeat the same bulletin wording night
   * after night, and a syndicated copy follows within hours. Symmetric, so the
   * answer does not depend on which of the two arrived first.
   */
  private closeInTime(slot: number, time: number, dated: boolean): boolean {
    const gap = Math.abs((this.times[slot] ?? 0) - time);
    if (gap > this.options.horizonMs) return false;
    return !(dated && ((this.flags[slot] ?? 0) & DATED) !== 0) || gap <= this.options.maxPublicationGapMs;
  }

  /** The rule by which a candidate is a copy of the probe, if any (before the time and fact guards). */
  private match(probe: Probe, slot: number): Match | null {
    const o = this.options;
    const j =
      probe.sigWords !== null && this.sigWords !== null
        ? estimateJaccardWords(probe.sigWords, 0, this.sigWords, slot * this.wordsPerSig, this.k)
        : estimateJaccard(probe.sig, 0, this.sigs, slot * this.k, this.k);
    if (j >= o.threshold) return { slot, rule: 'minhash', similarity: j, jaccard: j };
    const c = containmentOf(j, probe.shingles, this.shingleCount[slot] ?? 0);
    if (c >= o.containment && j >= o.containmentMinJaccard)
      return { slot, rule: 'containment', similarity: c, jaccard: j };
    const anchorLen = ((this.flags[slot] ?? 0) >> ANCHOR_LEN_SHIFT) & 3;
    if (probe.anchors.length > 0 && anchorLen > 0 && j >= o.sentenceMinJaccard) {
      const m = o.sentenceAnchors;
      const ov = sketchOverlap(
        probe.anchors,
        0,
        probe.anchors.length,
        probe.nSent <= m,
        this.anchors,
        slot * ANCHOR_STRIDE,
        anchorLen,
        (this.nSent[slot] ?? 0) <= m,
      );
      if (ov.shared >= o.sentenceMinShared && ov.sharedWithFigures > 0 && ov.containment >= o.sentenceContainment) {
        return { slot, rule: 'sentences', similarity: ov.containment, jaccard: j };
      }
    }
    // a new lede and a sentence trimmed mid-way dilute containment; a whole shared sentence vouches for the rest
    if (c >= o.sharedSentenceContainment && j >= o.containmentMinJaccard && this.sharesSentence(probe, slot))
      return { slot, rule: 'containment', similarity: c, jaccard: j };
    if (this.factsOn && probe.counts !== 0 && probe.counts === this.counts[slot] && j >= o.factsMinJaccard) {
      const off = this.guardOff[slot] ?? 0;
      const page = this.pages[off >>> PAGE_BITS] ?? EMPTY_PAGE;
      const at = off & PAGE_MASK;
      const f = settingJaccard(probe.guard, 0, probe.guard.length, page, at, at + (this.guardLen[slot] ?? 0));
      if (f >= o.factsSimilarity && (o.factsAlignment <= 0 || this.alignedWith(probe, slot)))
        return { slot, rule: 'facts', similarity: f, jaccard: j };
    }
    return null;
  }

  /**
   * Whether one of the slot's stored sentence keys (its bottom-m anchors and its lede) is one of
   * the probe's sentences: the two share a whole sentence of ≥ 6 words (its first 8 words).
   */
  private sharesSentence(probe: Probe, slot: number): boolean {
    const at = slot * ANCHOR_STRIDE;
    const anchorLen = ((this.flags[slot] ?? 0) >> ANCHOR_LEN_SHIFT) & 3;
    const lede = this.anchors[at + LEDE] ?? 0;
    const sentences = probe.sentences;
    for (let i = 0; i < sentences.length; i++) {
      const key = sentences[i] ?? 0;
      if (key === 0) continue;
      if (key === lede) return true;
      for (let a = 0; a < anchorLen; a++) if (key === this.anchors[at + a]) return true;
    }
    return false;
  }

  /**
   * Whether the probe's sentences align with the slot's by their specifics (factsAlignment), read
   * from the arena after the slot's guard tokens, two 16-bit units a word; none stored: no.
   */
  private alignedWith(probe: Probe, slot: number): boolean {
    const words = this.specLen[slot] ?? 0;
    if (probe.spec === null || words === 0) return false;
    const off = this.guardOff[slot] ?? 0;
    const page = this.pages[off >>> PAGE_BITS] ?? EMPTY_PAGE;
    const at = (off & PAGE_MASK) + (this.guardLen[slot] ?? 0);
    const units = new Uint16Array(words * 2);
    for (let i = 0; i < words; i++) {
      const w = page[at + i] ?? 0;
      units[2 * i] = w & 0xffff;
      units[2 * i + 1] = w >>> 16;
    }
    // an odd count of units ends with a 0 unit, which the reader takes for padding
    return codeAlignment(probe.spec, units, 0, units.length) >= this.options.factsAlignment;
  }

  private nearest(probe: Probe, time: number, dated: boolean, skip: number): Match | { rule: UniqueRule } {
    this.visited.clear();
    const v = this.visiting;
    v.probe = probe;
    v.time = time;
    v.dated = dated;
    v.skip = skip;
    v.timeRejected = false;
    const found: Match[] = [];
    v.found = found;
    const { rows } = this.options;
    for (let b = 0; b < this.bandTables.length; b++)
      this.bandTables[b]?.forEach(bandKey(probe.sig, 0, b, rows), this.visitSlot);
    // Every sentence of the probe against the anchors of the index: an indexed
    // article is found when one of its anchor sentences is anywhere in the
    // probe, so a short cut indexed first is found by the full text.
    for (const key of probe.sentences) this.anchorTable.forEach(key, this.visitRef);
    if (this.factsOn && probe.counts !== 0) this.countsTable.forEach(probe.counts, this.visitSlot);
    v.probe = null;
    if (found.length === 0) return { rule: v.timeRejected ? 'guard-time' : 'unique' };
    // Strongest rule first, then most similar; ties to the oldest, then the
    // smallest id, so the answer does not depend on slot numbers (a restored
    // index agrees).
    found.sort(
      (x, y) =>
        RULE_RANK[x.rule] - RULE_RANK[y.rule] ||
        y.similarity - x.similarity ||
        (this.times[x.slot] ?? 0) - (this.times[y.slot] ?? 0) ||
        (this.ids.get(x.slot) < this.ids.get(y.slot) ? -1 : 1),
    );
    let rejected: UniqueRule | null = null;
    const probeCounts = countsWeapons(probe.guard, 0, probe.guard.length);
    for (const c of found) {
      const off = this.guardOff[c.slot] ?? 0;
      const page = this.pages[off >>> PAGE_BITS] ?? EMPTY_PAGE;
      const at = off & PAGE_MASK;
      const end = at + (this.guardLen[c.slot] ?? 0);
      const group = this.options.guard ? conflictGroup(probe.guard, 0, probe.guard.length, page, at, end) : -1;
      if (group >= 0) {
        this.counters.guardRejections++;
        rejected ??= `guard-${groupKind(group)}`;
        continue;
      }
      // Found by how much of the shorter text is inside the longer (not by similarity of the
      // whole), and one of them counts weapons while the other counts none: not one report
      // (countsWeapons). Whole-text copies keep to the guard above: a headline pasted into the
      // body may be the only count the guard can read in one of them.
      if (this.options.guard && PART_RULES.has(c.rule) && countsWeapons(page, at, end) !== probeCounts) {
        this.counters.guardRejections++;
        rejected ??= 'guard-numbers';
        continue;
      }
      return c;
    }
    return { rule: rejected ?? 'unique' };
  }

  /**
   * What nearest() is looking for, read by the table callbacks below: those are
   * made once per core, not per article (tsx names every closure it makes,
   * which showed in the profile).
   */
  private readonly visiting: {
    probe: Probe | null;
    time: number;
    dated: boolean;
    skip: number;
    timeRejected: boolean;
    found: Match[];
  } = { probe: null, time: 0, dated: false, skip: -1, timeRejected: false, found: [] };

  /** What the content-hash lookup accepts (acceptExact reads it; set per decide(), as `visiting`). */
  private readonly exactProbe = { hi: 0, skip: -1, time: 0, dated: false };

  /** A slot with the probe's first 64 bits of content hash, not the article itself, in time. */
  private readonly acceptExact = (s: number): boolean => {
    const e = this.exactProbe;
    return s !== e.skip && this.hashes[2 * s + 1] === e.hi && this.closeInTime(s, e.time, e.dated);
  };

  /** A candidate slot from a table: matched once per decide() (stamped), kept when a rule holds in time. */
  private readonly visitSlot = (slot: number): void => {
    const v = this.visiting;
    if (v.probe === null || slot === v.skip || !this.visited.add(slot)) return;
    this.counters.candidates++;
    const m = this.match(v.probe, slot);
    if (m === null) return;
    if (!this.closeInTime(slot, v.time, v.dated)) v.timeRejected = true;
    else v.found.push(m);
  };

  private readonly visitRef = (ref: number): void => this.visitSlot(Math.floor(ref / ANCHOR_STRIDE));

  private slotOf(articleId: string, bytes: Uint8Array = Buffer.from(articleId, 'utf8')): number {
    return this.idTable.find(idHash(bytes), (s) => this.ids.equals(s, bytes));
  }

  private insert(
    articleId: string,
    probe: Probe,
    time: number,
    dated: boolean,
    of: string | undefined,
    idBytes: Uint8Array = Buffer.from(articleId, 'utf8'),
  ): void {
    const slot = this.allocSlot();
    this.ids.set(slot, idBytes);
    if (of !== undefined) this.roots.set(slot, of);
    this.sigs.set(probe.sig, slot * this.k);
    this.hashes[2 * slot] = probe.hashLo;
    this.hashes[2 * slot + 1] = probe.hashHi;
    this.times[slot] = time;
    this.storeGuard(slot, probe.guard, this.alignOn && probe.counts !== 0 ? probe.spec : null);
    const nAnchors = Math.min(probe.anchors.length, LEDE);
    this.anchors.set(probe.anchors.subarray(0, nAnchors), slot * ANCHOR_STRIDE);
    this.anchors[slot * ANCHOR_STRIDE + LEDE] = probe.lede;
    this.nSent[slot] = Math.min(probe.nSent, 255);
    this.shingleCount[slot] = probe.shingles;
    if (this.factsOn) this.counts[slot] = probe.counts;
    for (const t of this.bandTables) t.insert(slot);
    let tabled = 0;
    for (let i = 0; i < ANCHOR_STRIDE; i++) {
      if (i < nAnchors || (i === LEDE && probe.lede !== 0)) {
        const ref = slot * ANCHOR_STRIDE + i;
        if (this.anchorTable.countUpTo(this.anchors[ref] ?? 0, MAX_ANCHOR_BUCKET) < MAX_ANCHOR_BUCKET) {
          this.anchorTable.insert(ref);
          tabled |= 1 << i;
        }
      }
    }
    // the counts table serves only the facts rule
    if (this.factsOn && probe.counts !== 0) {
      this.countsTable.insert(slot);
      tabled |= COUNTS_TABLED;
    }
    this.flags[slot] = tabled | (nAnchors << ANCHOR_LEN_SHIFT) | (dated ? DATED : 0);
    this.exactTable.insert(slot);
    this.idTable.insert(slot);
    this.heap.push(slot);
    this.live++;
  }

  private removeSlot(slot: number): void {
    // tables recompute keys from the slot's data, so remove before clearing it
    for (const t of this.bandTables) t.remove(slot);
    const tabled = (this.flags[slot] ?? 0) & TABLED_BITS;
    for (let i = 0; i < ANCHOR_STRIDE; i++)
      if ((tabled & (1 << i)) !== 0) this.anchorTable.remove(slot * ANCHOR_STRIDE + i);
    if ((tabled & COUNTS_TABLED) !== 0) this.countsTable.remove(slot);
    this.flags[slot] = 0;
    if (this.factsOn) this.counts[slot] = 0;
    this.roots.delete(slot);
    this.exactTable.remove(slot);
    this.idTable.remove(slot);
    this.heap.remove(slot);
    this.arenaGarbage += (this.guardLen[slot] ?? 0) + (this.specLen[slot] ?? 0);
    this.guardLen[slot] = 0;
    if (this.alignOn) this.specLen[slot] = 0;
    this.ids.clear(slot);
    this.freeSlots.push(slot);
    this.live--;
  }

  private entryOf(
    contentHash: string,
    probe: Probe,
    time: number,
    dated: boolean,
    of: string | undefined,
  ): DedupIndexEntry {
    return encodeEntry(this.options.params, contentHash, time, probe, dated, of);
  }

  private allocSlot(): number {
    const reused = this.freeSlots.pop();
    if (reused !== undefined) return reused;
    const slot = this.slotsUsed;
    if (slot >= MAX_SLOTS) throw new RangeError(`the dedup index holds at most ${MAX_SLOTS} slots`);
    // grow by a quarter, at most SLOT_STEP slots at a time: at a million articles the per-slot
    // arrays are over a third of the index, and a quarter of them would be up to 28 MB unused
    if (slot >= this.capacity) this.ensureCapacity(grownCapacity(this.capacity, slot + 1, SLOT_STEP));
    this.slotsUsed++;
    return slot;
  }

  private ensureCapacity(cap: number): void {
    const grow = <T extends Uint8Array | Int32Array | Float64Array | Uint16Array>(
      old: T,
      make: (n: number) => T,
      per: number,
    ): T => {
      const next = make(cap * per);
      next.set(old);
      return next;
    };
    this.sigs = grow(this.sigs, (n) => new Uint8Array(n), this.k);
    if (this.wordsPerSig > 0) this.sigWords = signatureWords(this.sigs);
    this.hashes = grow(this.hashes, (n) => new Int32Array(n), 2);
    this.times = grow(this.times, (n) => new Float64Array(n), 1);
    this.guardOff = grow(this.guardOff, (n) => new Int32Array(n), 1);
    this.guardLen = grow(this.guardLen, (n) => new Uint16Array(n), 1);
    this.anchors = grow(this.anchors, (n) => new Int32Array(n), ANCHOR_STRIDE);
    this.flags = grow(this.flags, (n) => new Uint8Array(n), 1);
    this.ids.ensureCapacity(cap);
    this.heap.ensureCapacity(cap);
    this.nSent = grow(this.nSent, (n) => new Uint8Array(n), 1);
    this.shingleCount = grow(this.shingleCount, (n) => new Uint16Array(n), 1);
    if (this.factsOn) this.counts = grow(this.counts, (n) => new Int32Array(n), 1); // only the facts rule reads them
    if (this.alignOn) this.specLen = grow(this.specLen, (n) => new Uint8Array(n), 1);
    this.capacity = cap;
  }

  /**
   * Stores a slot's guard tokens and, after them, its sentence specifics (`spec`: two 16-bit units
   * a word, the last word's high half 0 for an odd count; `words`, already packed, when compacting).
   */
  private storeGuard(slot: number, guard: Uint32Array, spec: Uint16Array | null, packed?: Uint32Array): void {
    const len = Math.min(guard.length, 0xffff);
    const specWords = packed !== undefined ? packed.length : spec !== null ? (spec.length + 1) >>> 1 : 0;
    const total = len + specWords;
    if (this.alignOn) this.specLen[slot] = specWords;
    if (total === 0) {
      // no facts: nothing to store (and perhaps no page yet)
      this.guardOff[slot] = 0;
      this.guardLen[slot] = 0;
      return;
    }
    if (this.pageUsed + total > PAGE_WORDS) {
      if (this.arenaGarbage * 2 > this.arenaUsed) this.compactArena();
      if (this.pageUsed + total > PAGE_WORDS) this.newPage(Math.max(PAGE_WORDS, total));
    }
    const page = this.pages[this.pages.length - 1] ?? EMPTY_PAGE; // newPage() made one
    page.set(guard.subarray(0, len), this.pageUsed);
    if (packed !== undefined) page.set(packed, this.pageUsed + len);
    else if (spec !== null) {
      for (let i = 0; i < specWords; i++)
        page[this.pageUsed + len + i] = ((spec[2 * i] ?? 0) | ((spec[2 * i + 1] ?? 0) << 16)) >>> 0;
    }
    this.guardOff[slot] = ((this.pages.length - 1) << PAGE_BITS) | this.pageUsed;
    this.guardLen[slot] = len;
    this.pageUsed += total;
    this.arenaUsed += total;
  }

  /** A new last page (a fingerprint longer than PAGE_WORDS fills one of its own length). */
  private newPage(words: number): void {
    if (this.pages.length >= MAX_PAGES) throw new RangeError('the guard arena is full');
    this.pages.push(new Uint32Array(words));
    this.pageUsed = 0;
  }

  /** Copies live fingerprints into fresh pages, dropping the garbage. */
  private compactArena(): void {
    const old = this.pages;
    this.pages = [];
    this.pageUsed = PAGE_WORDS;
    this.arenaUsed = 0;
    this.arenaGarbage = 0;
    for (let s = 0; s < this.slotsUsed; s++) {
      if (!this.ids.has(s)) continue;
      const off = this.guardOff[s] ?? 0;
      const at = off & PAGE_MASK;
      const page = old[off >>> PAGE_BITS] ?? EMPTY_PAGE;
      const len = this.guardLen[s] ?? 0;
      this.storeGuard(s, page.subarray(at, at + len), null, page.subarray(at + len, at + len + (this.specLen[s] ?? 0)));
    }
  }
}

/** The next size of a growing array: a quarter more, at most `step` more, and at least `need`. */
export function grownCapacity(current: number, need: number, step: number): number {
  return Math.max(need, current + Math.min(Math.ceil(current / 4), step));
}

/** The first 64 bits of a hex SHA-256 as two int32s: exact-match key and check. */
function parseHashPrefix(hex: string): [number, number] {
  return [parseInt(hex.slice(0, 8), 16) | 0, parseInt(hex.slice(8, 16), 16) | 0];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

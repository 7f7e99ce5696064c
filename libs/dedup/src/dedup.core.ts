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
 *  2. Near: a b-bit MinHash signature over word shingles; LSH bands propose
 *     candidates; a candidate counts if its estimated Jaccard similarity
 *     reaches the threshold...
 *  3. ...and the guard finds no conflict between their numbers, dates and
 *     places (see guard.fingerprint.ts). Dropping a real report is worse than
 *     counting a copy, so the guard has the last word.
 *
 * Only unique articles are indexed, so a verdict always names an original.
 * Memory: every per-article field lives in typed arrays indexed by a slot
 * number; slots of evicted entries are reused. Entries older than the horizon
 * (behind the newest indexed event time) are evicted as new ones arrive.
 */
import type { Article, DedupIndexEntry } from '@skytally/contracts';
import { foldForComparison } from '@skytally/text';
import { decodeEntry, encodeEntry } from './index-entry.codec';
import { resolveOptions, type DedupOptions, type ResolvedOptions } from './dedup.options';
import type { DedupDecision, DedupStats, IndexChange } from './dedup.types';
import { conflicts, fingerprintOf, guardFacts } from './guard.fingerprint';
import { hashString } from './hash';
import { MinHasher, bandKey, estimateJaccard } from './minhash';
import { shinglesOf } from './shingle.hash';
import { SlotTable } from './slot-table';
import { TimeHeap } from './time-heap';

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

/** Whether the article's time is its own publication date (not when it was ingested). */
function isDated(article: Pick<Article, 'publishedAt' | 'ingestedAt'>): boolean {
  return publishedTime(article) !== null;
}

/** What decide() computes about an article before comparing it. */
interface Probe {
  hashLo: number;
  hashHi: number;
  sig: Uint8Array;
  guard: Uint32Array;
}

export class DedupCore {
  readonly options: ResolvedOptions;
  private readonly hasher: MinHasher;
  private readonly k: number;

  // per-slot storage
  private capacity = 0;
  private sigs = new Uint8Array(0);
  private hashes = new Int32Array(0); // 2 per slot: first 64 bits of contentHash
  private times = new Float64Array(0);
  private dated = new Uint8Array(0); // 1 when times[slot] is a publication date
  private guardOff = new Int32Array(0);
  private guardLen = new Uint16Array(0);
  private seen = new Int32Array(0); // decide() stamp, to visit each candidate once
  private ids: (string | undefined)[] = [];
  private freeSlots: number[] = [];
  private live = 0;

  // guard fingerprints, packed; compacted when half of it is garbage
  private arena = new Uint32Array(4096);
  private arenaUsed = 0;
  private arenaGarbage = 0;

  private readonly bandTables: SlotTable[];
  private readonly exactTable: SlotTable;
  private readonly idTable: SlotTable;
  private readonly heap: TimeHeap;
  private watermark = -Infinity;
  private stamp = 0;
  private readonly counters: DedupStats = {
    decided: 0, unique: 0, exact: 0, near: 0, redelivered: 0, guardRejections: 0, candidates: 0, evicted: 0, incompatible: 0,
  };

  constructor(opts?: DedupOptions) {
    this.options = resolveOptions(opts);
    this.k = this.options.permutations;
    this.hasher = new MinHasher(this.k, this.options.seed);
    const { rows } = this.options;
    this.bandTables = Array.from(
      { length: this.options.bands },
      (_, b) => new SlotTable((slot) => bandKey(this.sigs, slot * this.k, b, rows)),
    );
    this.exactTable = new SlotTable((slot) => this.hashes[2 * slot]);
    this.idTable = new SlotTable((slot) => hashString(this.ids[slot] as string));
    this.heap = new TimeHeap((slot) => this.times[slot]);
    this.ensureCapacity(1024);
  }

  /** Number of indexed articles. */
  size(): number {
    return this.live;
  }

  stats(): DedupStats {
    return { ...this.counters };
  }

  /** Approximate bytes held by the index (typed arrays, ids, tables). */
  memoryEstimateBytes(): number {
    let bytes =
      this.sigs.byteLength + this.hashes.byteLength + this.times.byteLength + this.guardOff.byteLength +
      this.guardLen.byteLength + this.seen.byteLength + this.arena.byteLength + this.heap.byteLength +
      this.exactTable.byteLength + this.idTable.byteLength + this.ids.length * 8 + this.freeSlots.length * 8;
    for (const t of this.bandTables) bytes += t.byteLength;
    for (const id of this.ids) if (id !== undefined) bytes += 24 + id.length; // one-byte string header + chars
    return bytes;
  }

  decide(article: Article): DedupDecision {
    this.counters.decided++;
    const changes: IndexChange[] = [];
    const probeHash = parseHashPrefix(article.contentHash);

    // Redelivery (at-least-once): an article already indexed as unique stays unique.
    const own = this.slotOf(article.articleId);
    if (own >= 0) {
      if (this.hashes[2 * own] === probeHash[0] && this.hashes[2 * own + 1] === probeHash[1]) {
        this.counters.redelivered++;
        this.counters.unique++;
        return { verdict: 'unique', changes };
      }
      // Same id, new content (a corrected article): decide it afresh, without its old self.
      this.removeSlot(own);
      changes.push({ articleId: article.articleId, entry: null });
    }

    const time = eventTime(article);
    const dated = isDated(article);
    const exact = this.exactTable.find(probeHash[0], (s) => this.hashes[2 * s + 1] === probeHash[1] && this.closeInTime(s, time, dated));
    if (exact >= 0) {
      this.counters.exact++;
      return { verdict: 'duplicate', duplicateOf: this.ids[exact] as string, similarity: 1, kind: 'exact', changes };
    }

    const folded = foldForComparison(article.body);
    const probe: Probe = {
      hashLo: probeHash[0],
      hashHi: probeHash[1],
      sig: this.hasher.signature(shinglesOf(article.body, this.options.shingleSize, folded)),
      guard: fingerprintOf(guardFacts(article.body, this.options.places, this.options.numberGrouping, folded)),
    };
    const near = this.nearest(probe, time, dated);
    if (near !== null) {
      this.counters.near++;
      // a corrected article that now copies another: its old entry goes (tombstone above)
      return { verdict: 'duplicate', duplicateOf: near.id, similarity: round(near.similarity), kind: 'near', changes };
    }

    this.counters.unique++;
    if (time < this.watermark - this.options.horizonMs) {
      // Already past the horizon: it would be evicted at once, so it is not indexed.
      return { verdict: 'unique', changes };
    }
    this.insert(article.articleId, probe, time, dated);
    changes.push({ articleId: article.articleId, entry: this.entryOf(article.contentHash, probe, time, dated) });
    this.evictExpired(changes);
    return { verdict: 'unique', changes };
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
    const decoded = decodeEntry(change.entry, this.options.params, this.k);
    if (decoded === null) {
      this.counters.incompatible++;
      return false;
    }
    const [lo, hi] = parseHashPrefix(decoded.hash);
    this.insert(change.articleId, { hashLo: lo, hashHi: hi, sig: decoded.sig, guard: decoded.guard }, decoded.time, decoded.dated);
    return true;
  }

  /**
   * Two dated articles published further apart than maxPublicationGap are
   * different reports, however alike: ministries repeat the same bulletin
   * wording night after night, and a syndicated copy follows within hours.
   */
  private closeInTime(slot: number, time: number, dated: boolean): boolean {
    return !(dated && this.dated[slot] === 1) || Math.abs(this.times[slot] - time) <= this.options.maxPublicationGapMs;
  }

  private nearest(probe: Probe, time: number, dated: boolean): { id: string; similarity: number } | null {
    const stamp = ++this.stamp;
    const { rows, threshold } = this.options;
    const found: { slot: number; similarity: number }[] = [];
    const visit = (slot: number) => {
      if (this.seen[slot] === stamp) return;
      this.seen[slot] = stamp;
      if (!this.closeInTime(slot, time, dated)) return;
      this.counters.candidates++;
      const j = estimateJaccard(probe.sig, 0, this.sigs, slot * this.k, this.k);
      if (j >= threshold) found.push({ slot, similarity: j });
    };
    for (let b = 0; b < this.bandTables.length; b++) this.bandTables[b].forEach(bandKey(probe.sig, 0, b, rows), visit);
    if (found.length === 0) return null;
    // Most similar first; ties to the oldest, then the smallest id, so the
    // answer does not depend on slot numbers (a restored index agrees).
    found.sort(
      (x, y) =>
        y.similarity - x.similarity ||
        this.times[x.slot] - this.times[y.slot] ||
        ((this.ids[x.slot] as string) < (this.ids[y.slot] as string) ? -1 : 1),
    );
    for (const c of found) {
      const off = this.guardOff[c.slot];
      if (this.options.guard && conflicts(probe.guard, 0, probe.guard.length, this.arena, off, off + this.guardLen[c.slot])) {
        this.counters.guardRejections++;
        continue;
      }
      return { id: this.ids[c.slot] as string, similarity: c.similarity };
    }
    return null;
  }

  private slotOf(articleId: string): number {
    return this.idTable.find(hashString(articleId), (s) => this.ids[s] === articleId);
  }

  private insert(articleId: string, probe: Probe, time: number, dated: boolean): void {
    const slot = this.allocSlot();
    this.ids[slot] = articleId;
    this.sigs.set(probe.sig, slot * this.k);
    this.hashes[2 * slot] = probe.hashLo;
    this.hashes[2 * slot + 1] = probe.hashHi;
    this.times[slot] = time;
    this.dated[slot] = dated ? 1 : 0;
    this.storeGuard(slot, probe.guard);
    for (const t of this.bandTables) t.insert(slot);
    this.exactTable.insert(slot);
    this.idTable.insert(slot);
    this.heap.push(slot);
    this.live++;
    if (time > this.watermark) this.watermark = time;
  }

  private removeSlot(slot: number): void {
    // tables recompute keys from the slot's data, so remove before clearing it
    for (const t of this.bandTables) t.remove(slot);
    this.exactTable.remove(slot);
    this.idTable.remove(slot);
    this.heap.remove(slot);
    this.arenaGarbage += this.guardLen[slot];
    this.guardLen[slot] = 0;
    this.ids[slot] = undefined;
    this.freeSlots.push(slot);
    this.live--;
  }

  private evictExpired(changes: IndexChange[]): void {
    const limit = this.watermark - this.options.horizonMs;
    for (let s = this.heap.peek(); s >= 0 && this.times[s] < limit; s = this.heap.peek()) {
      changes.push({ articleId: this.ids[s] as string, entry: null });
      this.removeSlot(s);
      this.counters.evicted++;
    }
  }

  private entryOf(contentHash: string, probe: Probe, time: number, dated: boolean): DedupIndexEntry {
    return encodeEntry(this.options.params, contentHash, time, probe.sig, probe.guard, dated);
  }

  private allocSlot(): number {
    const reused = this.freeSlots.pop();
    if (reused !== undefined) return reused;
    const slot = this.ids.length;
    if (slot >= this.capacity) this.ensureCapacity(this.capacity * 2);
    this.ids.push(undefined);
    return slot;
  }

  private ensureCapacity(cap: number): void {
    const grow = <T extends Uint8Array | Int32Array | Float64Array | Uint16Array>(old: T, make: (n: number) => T, per: number): T => {
      const next = make(cap * per);
      next.set(old as never);
      return next;
    };
    this.sigs = grow(this.sigs, (n) => new Uint8Array(n), this.k);
    this.hashes = grow(this.hashes, (n) => new Int32Array(n), 2);
    this.times = grow(this.times, (n) => new Float64Array(n), 1);
    this.dated = grow(this.dated, (n) => new Uint8Array(n), 1);
    this.guardOff = grow(this.guardOff, (n) => new Int32Array(n), 1);
    this.guardLen = grow(this.guardLen, (n) => new Uint16Array(n), 1);
    this.seen = grow(this.seen, (n) => new Int32Array(n), 1);
    this.capacity = cap;
  }

  private storeGuard(slot: number, guard: Uint32Array): void {
    const len = Math.min(guard.length, 0xffff);
    if (this.arenaUsed + len > this.arena.length) {
      if (this.arenaGarbage * 2 > this.arenaUsed) this.compactArena(len);
      if (this.arenaUsed + len > this.arena.length) {
        const next = new Uint32Array(Math.max(this.arena.length * 2, this.arenaUsed + len));
        next.set(this.arena.subarray(0, this.arenaUsed));
        this.arena = next;
      }
    }
    this.arena.set(guard.subarray(0, len), this.arenaUsed);
    this.guardOff[slot] = this.arenaUsed;
    this.guardLen[slot] = len;
    this.arenaUsed += len;
  }

  /** Copies live fingerprints to the front of a fresh arena, dropping the garbage. */
  private compactArena(extra: number): void {
    const liveWords = this.arenaUsed - this.arenaGarbage;
    const next = new Uint32Array(Math.max(4096, Math.ceil((liveWords + extra) * 1.5)));
    let used = 0;
    for (let s = 0; s < this.ids.length; s++) {
      if (this.ids[s] === undefined) continue;
      const off = this.guardOff[s];
      const len = this.guardLen[s];
      next.set(this.arena.subarray(off, off + len), used);
      this.guardOff[s] = used;
      used += len;
    }
    this.arena = next;
    this.arenaUsed = used;
    this.arenaGarbage = 0;
  }
}

/** The first 64 bits of a hex SHA-256 as two int32s: exact-match key and check. */
function parseHashPrefix(hex: string): [number, number] {
  return [parseInt(hex.slice(0, 8), 16) | 0, parseInt(hex.slice(8, 16), 16) | 0];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

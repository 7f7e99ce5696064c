/**
 * An open-addressing multimap from int32 keys to slot numbers, in one
 * Int32Array. It stores only `slot + 1` per cell (0 = empty); a cell's key is
 * recomputed from the slot through `keyOf`, because the index already holds
 * everything a key is derived from (the signature bytes, the content hash, the
 * article id). That halves the memory of a key+value table, which matters at
 * one table per LSH band and a million articles.
 *
 * Linear probing; deletion by backward shift, so there are no tombstones and
 * probe lengths do not degrade on an endless stream of inserts and evictions.
 * Several slots may share a key (templated bulletins share bands).
 *
 * The bits of a cell above the largest value (`slot + 1`) hold the top bits of
 * the key's hash (a tag): a probe recomputes a cell's key only when its tag
 * matches, so a lookup that finds nothing rarely calls `keyOf` at all.
 */
import { fmix32 as fmix } from './hash';

/** Read once (every probe hashes). */
const fmix32 = fmix;

/** Bits needed for values up to `max` (plus one for the empty cell). */
function bitsFor(max: number): number {
  let bits = 1;
  while (bits < 32 && 2 ** bits <= max + 1) bits++;
  return bits;
}

/**
 * 0.85, not the usual 0.7: 18 tables of 4-byte cells are most of the index,
 * and at 0.7 a million articles (~800k indexed) just pass 2^20 × 0.7 and
 * double every table to 2^21 cells (+72 MB). A lookup then probes ~20 cells
 * instead of ~6 when it finds nothing — about 2 µs per article in all,
 * against ~500 µs for the rest of decide().
 */
const MAX_LOAD = 0.85;

export class SlotTable {
  private cells: Int32Array;
  private mask: number;
  private used = 0;
  /** Low bits of a cell: the value + 1; the others: the tag (high bits of the key's hash). */
  private readonly valueMask: number;
  private readonly tagMask: number;

  /** `maxValue`: the largest slot (or reference) ever stored; the bits above it hold tags. */
  constructor(
    private readonly keyOf: (slot: number) => number,
    initialCapacity = 1024,
    private readonly maxValue = 0x7ffffffe,
  ) {
    const bits = bitsFor(maxValue);
    this.valueMask = bits >= 31 ? 0x7fffffff : (1 << bits) - 1;
    this.tagMask = ~this.valueMask;
    let cap = 16;
    while (cap < initialCapacity) cap *= 2;
    this.cells = new Int32Array(cap);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.used;
  }

  get byteLength(): number {
    return this.cells.byteLength;
  }

  /** Calls `fn` with every slot stored under `key` (and only those). */
  forEach(key: number, fn: (slot: number) => void): void {
    const cells = this.cells;
    const mask = this.mask;
    const h = fmix32(key);
    const tag = h & this.tagMask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const c = cells[i] ?? 0; // i ≤ mask < cells.length
      if (c === 0) return;
      if ((c & this.tagMask) !== tag) continue;
      const v = (c & this.valueMask) - 1;
      if (this.keyOf(v) === key) fn(v);
    }
  }

  /** How many slots are stored under `key`, counting no further than `limit`. */
  countUpTo(key: number, limit: number): number {
    const cells = this.cells;
    const mask = this.mask;
    const h = fmix32(key);
    const tag = h & this.tagMask;
    let n = 0;
    for (let i = h & mask; n < limit; i = (i + 1) & mask) {
      const c = cells[i] ?? 0;
      if (c === 0) break;
      if ((c & this.tagMask) === tag && this.keyOf((c & this.valueMask) - 1) === key) n++;
    }
    return n;
  }

  /** The first slot under `key` that `accept` takes, or -1. */
  find(key: number, accept: (slot: number) => boolean): number {
    const cells = this.cells;
    const mask = this.mask;
    const h = fmix32(key);
    const tag = h & this.tagMask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const c = cells[i] ?? 0;
      if (c === 0) return -1;
      if ((c & this.tagMask) !== tag) continue;
      const v = (c & this.valueMask) - 1;
      if (this.keyOf(v) === key && accept(v)) return v;
    }
  }

  insert(slot: number): void {
    if (this.used + 1 > this.cells.length * MAX_LOAD) this.grow();
    this.place(slot);
    this.used++;
  }

  /** Removes `slot`, which must be stored under its current `keyOf(slot)`. */
  remove(slot: number): boolean {
    const cells = this.cells;
    const mask = this.mask;
    const valueMask = this.valueMask;
    let i = fmix32(this.keyOf(slot)) & mask;
    for (; ; i = (i + 1) & mask) {
      const c = cells[i] ?? 0;
      if (c === 0) return false;
      if ((c & valueMask) === slot + 1) break;
    }
    // Backward-shift deletion: pull later cells of the probe run into the hole
    // when their home position is at or before it (cyclically).
    let hole = i;
    for (let j = (i + 1) & mask; ; j = (j + 1) & mask) {
      const c = cells[j] ?? 0;
      if (c === 0) break;
      const home = fmix32(this.keyOf((c & valueMask) - 1)) & mask;
      const movable = hole <= j ? home <= hole || home > j : home <= hole && home > j;
      if (movable) {
        cells[hole] = c;
        hole = j;
      }
    }
    cells[hole] = 0;
    this.used--;
    return true;
  }

  private place(slot: number): void {
    if (slot > this.maxValue) throw new RangeError(`slot ${slot} beyond the table's largest value`);
    const cells = this.cells;
    const mask = this.mask;
    const h = fmix32(this.keyOf(slot));
    let i = h & mask;
    while (cells[i] !== 0) i = (i + 1) & mask;
    cells[i] = (slot + 1) | (h & this.tagMask);
  }

  private grow(): void {
    const old = this.cells;
    this.cells = new Int32Array(old.length * 2);
    this.mask = this.cells.length - 1;
    for (const c of old) if (c !== 0) this.place((c & this.valueMask) - 1);
  }
}

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
 *
 * Sizes: by default a power of two that doubles (a key's home cell is the low
 * bits of its hash). A table made with `growth: 'quarter'` grows by a quarter
 * instead (home = hash mod size): at a million entries a doubled table is up
 * to half empty, which for the anchor table (about three references per
 * entry) is 8 MB. Where a key's run is walked from, and so the order in which
 * `forEach` and `find` meet the slots of one key, depends on the size: only
 * tables whose callers do not depend on that order may grow by a quarter
 * (`find` returns the first accepted slot; the content-hash table keeps the
 * doubling, and so the order, it always had).
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

export type TableGrowth = 'double' | 'quarter';

export class SlotTable {
  private cells: Int32Array;
  /** cells.length - 1; with power-of-two sizes the home cell is `hash & mask`. */
  private mask: number;
  private readonly pow2: boolean;
  private used = 0;
  /** Low bits of a cell: the value + 1; the others: the tag (high bits of the key's hash). */
  private readonly valueMask: number;
  private readonly tagMask: number;

  /** `maxValue`: the largest slot (or reference) ever stored; the bits above it hold tags. */
  constructor(
    private readonly keyOf: (slot: number) => number,
    initialCapacity = 1024,
    private readonly maxValue = 0x7ffffffe,
    growth: TableGrowth = 'double',
  ) {
    const bits = bitsFor(maxValue);
    this.valueMask = bits >= 31 ? 0x7fffffff : (1 << bits) - 1;
    this.tagMask = ~this.valueMask;
    this.pow2 = growth === 'double';
    let cap = 16;
    while (cap < initialCapacity) cap *= 2;
    this.cells = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** The cell a key's run starts at. */
  private home(h: number): number {
    return this.pow2 ? h & this.mask : (h & 0x7fffffff) % this.cells.length;
  }

  get size(): number {
    return this.used;
  }

  get byteLength(): number {
    return this.cells.byteLength;
  }

  /** Calls `fn` with every slot stored under `key` (and only those). */
  forEach(key: number, fn: (slot: number) => void): void {
    // fields read once into locals: the run is walked cell by cell (a few dozen cells per lookup)
    const cells = this.cells;
    const mask = this.mask;
    const tagMask = this.tagMask;
    const valueMask = this.valueMask;
    const keyOf = this.keyOf;
    const h = fmix32(key);
    const tag = h & tagMask;
    for (let i = this.home(h); ; i = i === mask ? 0 : i + 1) {
      const c = cells[i] ?? 0; // i ≤ mask < cells.length
      if (c === 0) return;
      if ((c & tagMask) !== tag) continue;
      const v = (c & valueMask) - 1;
      if (keyOf(v) === key) fn(v);
    }
  }

  /** How many slots are stored under `key`, counting no further than `limit`. */
  countUpTo(key: number, limit: number): number {
    const cells = this.cells;
    const mask = this.mask;
    const h = fmix32(key);
    const tag = h & this.tagMask;
    let n = 0;
    for (let i = this.home(h); n < limit; i = i === mask ? 0 : i + 1) {
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
    for (let i = this.home(h); ; i = i === mask ? 0 : i + 1) {
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
    let i = this.home(fmix32(this.keyOf(slot)));
    for (; ; i = i === mask ? 0 : i + 1) {
      const c = cells[i] ?? 0;
      if (c === 0) return false;
      if ((c & valueMask) === slot + 1) break;
    }
    // Backward-shift deletion: pull later cells of the probe run into the hole
    // when their home position is at or before it (cyclically).
    let hole = i;
    for (let j = i === mask ? 0 : i + 1; ; j = j === mask ? 0 : j + 1) {
      const c = cells[j] ?? 0;
      if (c === 0) break;
      const home = this.home(fmix32(this.keyOf((c & valueMask) - 1)));
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
    let i = this.home(h);
    while (cells[i] !== 0) i = i === mask ? 0 : i + 1;
    cells[i] = (slot + 1) | (h & this.tagMask);
  }

  /**
   * place() of every stored slot, in the order of the old cells (so the same layout), without
   * place()'s work per slot: a cell keeps its value and tag (same key, so same hash), only its
   * position is recomputed. Growth rehashes every entry (≈ 5 times each over a growing index's
   * life with quarter growth), so this loop is a few per cent of decide() while the index fills.
   */
  private grow(): void {
    const old = this.cells;
    const cells = new Int32Array(this.pow2 ? old.length * 2 : old.length + Math.ceil(old.length / 4));
    this.cells = cells;
    this.mask = cells.length - 1;
    const mask = this.mask;
    const size = cells.length;
    const pow2 = this.pow2;
    const valueMask = this.valueMask;
    const keyOf = this.keyOf;
    for (let j = 0; j < old.length; j++) {
      const c = old[j] ?? 0; // j < old.length
      if (c === 0) continue;
      const h = fmix32(keyOf((c & valueMask) - 1));
      let i = pow2 ? h & mask : (h & 0x7fffffff) % size; // home(h)
      while (cells[i] !== 0) i = i === mask ? 0 : i + 1;
      cells[i] = c;
    }
  }
}

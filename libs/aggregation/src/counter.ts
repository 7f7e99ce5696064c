/** A multiset of strings: counts that go up and down, dropping keys at zero. */
export class Counter {
  private readonly map = new Map<string, number>();

  add(key: string, n: number): void {
    const next = (this.map.get(key) ?? 0) + n;
    if (next < 0) throw new Error(`counter for ${key} went negative`);
    if (next === 0) this.map.delete(key);
    else this.map.set(key, next);
  }

  get(key: string): number {
    return this.map.get(key) ?? 0;
  }

  get size(): number {
    return this.map.size;
  }

  keys(): string[] {
    return [...this.map.keys()].sort();
  }

  /** This counter plus `other`, as toRecord() gives it. */
  mergedRecord(other: Counter | undefined): Record<string, number> {
    if (!other || other.size === 0) return this.toRecord();
    const out: Record<string, number> = {};
    for (const k of [...new Set([...this.map.keys(), ...other.map.keys()])].sort()) out[k] = this.get(k) + other.get(k);
    return out;
  }

  /** A plain object with sorted keys, so snapshots compare and serialise stably. */
  toRecord(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const k of this.keys()) out[k] = this.map.get(k)!;
    return out;
  }
}

/**
 * A Counter of the add/get/size kind, with less memory an entry: an open
 * hash table (linear probing, deletion by shifting back, no tombstones) of
 * the keys in one array and their counts in an Int32Array — 12 bytes a slot,
 * filled to 3/8…3/4, where a Map<string, number> costs about 42 bytes an
 * entry. Tallies keep one per row and per day for `sources`: an entry per
 * article behind each, the largest thing they hold for a burst of news within
 * the horizon (README, "Memory per live report").
 */
export class CompactCounter {
  private keys: Array<string | undefined> = [];
  private counts = new Int32Array(0);
  private n = 0;

  get size(): number {
    return this.n;
  }

  get(key: string): number {
    if (this.n === 0) return 0;
    const mask = this.counts.length - 1;
    for (let i = hashOf(key) & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i];
      if (k === undefined) return 0;
      if (k === key) return this.counts[i]!;
    }
  }

  add(key: string, n: number): void {
    if ((this.n + 1) * 4 > this.counts.length * 3) this.resize(Math.max(8, this.counts.length * 2));
    const mask = this.counts.length - 1;
    let i = hashOf(key) & mask;
    let k = this.keys[i];
    while (k !== undefined && k !== key) {
      i = (i + 1) & mask;
      k = this.keys[i];
    }
    const next = (k === undefined ? 0 : this.counts[i]!) + n;
    if (next < 0) throw new Error(`counter for ${key} went negative`);
    if (next === 0) {
      if (k !== undefined) this.remove(i);
      return;
    }
    if (k === undefined) {
      this.keys[i] = key;
      this.n++;
    }
    this.counts[i] = next;
  }

  /** Empties slot `i`, moving back the entries after it that probed past it. */
  private remove(i: number): void {
    const mask = this.counts.length - 1;
    for (let j = (i + 1) & mask; ; j = (j + 1) & mask) {
      const k = this.keys[j];
      if (k === undefined) break;
      const home = hashOf(k) & mask;
      // k may fill the hole at i unless its home lies cyclically in (i, j].
      const stays = i <= j ? home > i && home <= j : home > i || home <= j;
      if (stays) continue;
      this.keys[i] = k;
      this.counts[i] = this.counts[j]!;
      i = j;
    }
    this.keys[i] = undefined;
    this.counts[i] = 0;
    this.n--;
    // Give memory back once the table is mostly empty (a day's claims sealed).
    if (this.n * 8 < this.counts.length && this.counts.length > 8) this.resize(this.counts.length / 2);
  }

  private resize(capacity: number): void {
    const keys = this.keys;
    const counts = this.counts;
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.counts = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k === undefined) continue;
      let i = hashOf(k) & mask;
      while (this.keys[i] !== undefined) i = (i + 1) & mask;
      this.keys[i] = k;
      this.counts[i] = counts[j]!;
    }
  }
}

/** FNV-1a over the UTF-16 code units, then murmur3's finaliser so the low bits (the slot) mix every character. */
export function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

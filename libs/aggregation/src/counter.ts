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

/**
 * The core's live reports by claimId: a Map<string, LiveReport>'s get, set,
 * delete and size, and its values in the same order (first set first; a key
 * deleted and set again goes last; set on a present key keeps its place),
 * which is the order a checkpoint writes them in.
 *
 * For a burst of news every report is live (149,242 in the 100k-article run),
 * and a Map's table costs 28 bytes a slot — three words an entry and half a
 * word of bucket — at 1–2 slots an entry: 7.3 MB for those reports
 * (BENCHMARKS.md, "Session 12"). Here: the reports in one array in the order
 * they came (a deleted one leaves a hole until the holes are half of it),
 * and an open hash table (linear probing, deletion by shifting back) of
 * their positions in an Int32Array, filled to 3/8…3/4: ≈ 14–22 bytes a
 * report. The key is the report's own claimId, so no key is stored twice.
 */
import { hashOf } from './counter';
import type { LiveReport } from './corroboration';

export class ReportTable {
  /** The reports in the order they came; undefined where one was deleted. */
  private entries: Array<LiveReport | undefined> = [];
  /** Slot → position in `entries` + 1; 0: empty. A power of two long. */
  private index = new Int32Array(16);
  private n = 0;
  private holes = 0;

  get size(): number {
    return this.n;
  }

  get(claimId: string): LiveReport | undefined {
    const index = this.index;
    const mask = index.length - 1;
    for (let i = hashOf(claimId) & mask; ; i = (i + 1) & mask) {
      const p = index[i]!;
      if (p === 0) return undefined;
      const r = this.entries[p - 1]!;
      if (r.claimId === claimId) return r;
    }
  }

  /** Adds `r` under its claimId, or puts it in the place of the report with that claimId. */
  set(r: LiveReport): void {
    if ((this.n + 1) * 4 > this.index.length * 3) this.rebuild(this.index.length * 2);
    const index = this.index;
    const mask = index.length - 1;
    let i = hashOf(r.claimId) & mask;
    for (let p = index[i]!; p !== 0; i = (i + 1) & mask, p = index[i]!) {
      if (this.entries[p - 1]!.claimId === r.claimId) {
        this.entries[p - 1] = r;
        return;
      }
    }
    this.entries.push(r);
    index[i] = this.entries.length;
    this.n++;
  }

  delete(claimId: string): boolean {
    const index = this.index;
    const mask = index.length - 1;
    let i = hashOf(claimId) & mask;
    for (let p = index[i]!; ; i = (i + 1) & mask, p = index[i]!) {
      if (p === 0) return false;
      if (this.entries[p - 1]!.claimId === claimId) {
        this.entries[p - 1] = undefined;
        break;
      }
    }
    // Shift back the slots after i that probed past it (as CompactCounter.remove).
    for (let j = (i + 1) & mask; ; j = (j + 1) & mask) {
      const p = index[j]!;
      if (p === 0) break;
      const home = hashOf(this.entries[p - 1]!.claimId) & mask;
      const stays = i <= j ? home > i && home <= j : home > i || home <= j;
      if (stays) continue;
      index[i] = p;
      i = j;
    }
    index[i] = 0;
    this.n--;
    this.holes++;
    if (this.holes * 2 > this.entries.length && this.entries.length > 16) this.rebuild(this.capacityFor(this.n));
    return true;
  }

  /** The reports in the order a Map would give them. */
  values(): LiveReport[] {
    const out = new Array<LiveReport>(this.n);
    let k = 0;
    for (const r of this.entries) if (r !== undefined) out[k++] = r;
    return out;
  }

  private capacityFor(n: number): number {
    let capacity = 16;
    while ((n + 1) * 4 > capacity * 3) capacity *= 2;
    return capacity;
  }

  /** Drops the holes and indexes the reports again in a table of `capacity` slots. */
  private rebuild(capacity: number): void {
    const kept = this.holes ? this.values() : this.entries;
    this.entries = kept;
    this.holes = 0;
    const index = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let p = 0; p < kept.length; p++) {
      let i = hashOf(kept[p]!.claimId) & mask;
      while (index[i] !== 0) i = (i + 1) & mask;
      index[i] = p + 1;
    }
    this.index = index;
  }
}

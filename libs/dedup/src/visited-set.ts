/**
 * The slots one candidate walk has visited: a small open-addressing set of
 * int32s, stamped per walk so it is never cleared. It replaces a 2-byte visit
 * stamp per slot of the index (≈ 2 MB at a million entries): a walk visits a
 * few dozen slots, not the whole index.
 */
import { fmix32 as fmix } from './hash';

/** Read once (every visit hashes). */
const fmix32 = fmix;

export class VisitedSet {
  private keys = new Int32Array(256);
  private stamps = new Int32Array(256);
  private stamp = 1;
  private n = 0;

  get byteLength(): number {
    return this.keys.byteLength + this.stamps.byteLength;
  }

  /** Empties the set (a new stamp). */
  clear(): void {
    this.stamp = (this.stamp + 1) | 0;
    if (this.stamp === 0) {
      this.stamps.fill(0); // wrapped: forget old stamps
      this.stamp = 1;
    }
    this.n = 0;
  }

  /** Adds `x`; false when it was there already. */
  add(x: number): boolean {
    if ((this.n + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    const stamps = this.stamps;
    const mask = keys.length - 1;
    for (let i = fmix32(x) & mask; ; i = (i + 1) & mask) {
      if (stamps[i] !== this.stamp) {
        stamps[i] = this.stamp;
        keys[i] = x;
        this.n++;
        return true;
      }
      if (keys[i] === x) return false;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const stamps = this.stamps;
    const stamp = this.stamp;
    this.keys = new Int32Array(keys.length * 2);
    this.stamps = new Int32Array(keys.length * 2);
    this.stamp = 1;
    this.n = 0;
    // i < keys.length: `?? 0` only narrows the type
    for (let i = 0; i < keys.length; i++) if (stamps[i] === stamp) this.add(keys[i] ?? 0);
  }
}

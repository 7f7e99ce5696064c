/**
 * A binary min-heap of slots ordered by their time, with each slot's position
 * kept so an entry can be removed from the middle (a tombstone on restore, an
 * article redelivered with new content). Eviction pops from the top while the
 * oldest entry is past the horizon: O(log n) per article, memory flat.
 */
// Typed-array reads below are within bounds (heap indexes < n, slots < pos.length); their
// `?? -1` only narrows the type (`number | undefined` under noUncheckedIndexedAccess).
export class TimeHeap {
  private heap = new Int32Array(1024);
  private pos = new Int32Array(1024).fill(-1);
  private n = 0;

  constructor(private readonly timeOf: (slot: number) => number) {}

  get size(): number {
    return this.n;
  }

  get byteLength(): number {
    return this.heap.byteLength + this.pos.byteLength;
  }

  /**
   * Room for `slots` slots without growing (the core calls this as its per-slot
   * arrays grow, so the heap tracks their size instead of doubling past it).
   */
  ensureCapacity(slots: number): void {
    if (this.heap.length < slots) {
      const h = new Int32Array(slots);
      h.set(this.heap.subarray(0, this.n));
      this.heap = h;
    }
    if (this.pos.length < slots) {
      const p = new Int32Array(slots).fill(-1);
      p.set(this.pos);
      this.pos = p;
    }
  }

  /** The slot with the smallest time, or -1. */
  peek(): number {
    return this.n > 0 ? (this.heap[0] ?? -1) : -1;
  }

  push(slot: number): void {
    if (this.n === this.heap.length) {
      const h = new Int32Array(this.heap.length * 2);
      h.set(this.heap);
      this.heap = h;
    }
    if (slot >= this.pos.length) {
      const p = new Int32Array(Math.max(this.pos.length * 2, slot + 1)).fill(-1);
      p.set(this.pos);
      this.pos = p;
    }
    this.heap[this.n] = slot;
    this.pos[slot] = this.n;
    this.n++;
    this.up(this.n - 1);
  }

  remove(slot: number): void {
    const i = slot < this.pos.length ? (this.pos[slot] ?? -1) : -1;
    if (i < 0) return;
    this.pos[slot] = -1;
    this.n--;
    if (i === this.n) return;
    const last = this.heap[this.n] ?? -1;
    this.heap[i] = last;
    this.pos[last] = i;
    this.down(i);
    this.up(this.pos[last] ?? -1);
  }

  private less(i: number, j: number): boolean {
    return this.timeOf(this.heap[i] ?? -1) < this.timeOf(this.heap[j] ?? -1);
  }

  private swap(i: number, j: number): void {
    const a = this.heap[i] ?? -1;
    const b = this.heap[j] ?? -1;
    this.heap[i] = b;
    this.heap[j] = a;
    this.pos[b] = i;
    this.pos[a] = j;
  }

  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) return;
      this.swap(i, p);
      i = p;
    }
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.n && this.less(l, m)) m = l;
      if (r < this.n && this.less(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}

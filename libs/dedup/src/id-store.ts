/**
 * Article ids by slot, as UTF-8 bytes in one growing arena instead of one JS
 * string each: a million short ids cost ~17 bytes apiece here against ~45 as
 * strings in an array (header, characters, pointer). Freed bytes are
 * reclaimed by compacting when half the arena is garbage.
 */
import { fmix32 } from './hash';

/** Most bytes the arena grows by at once. */
const ID_ARENA_STEP = 1 << 20;

// Per-slot reads are for slots below ensureCapacity() (the core's invariant); `?? 0` only
// narrows the type under noUncheckedIndexedAccess (0 = no id).
export class IdStore {
  private arena = Buffer.alloc(1 << 16);
  private used = 0;
  private garbage = 0;
  private off = new Int32Array(0);
  private len = new Uint16Array(0); // 0 = no id (a free slot); ids are at most 200 characters

  get byteLength(): number {
    return this.arena.byteLength + this.off.byteLength + this.len.byteLength;
  }

  ensureCapacity(slots: number): void {
    if (slots <= this.off.length) return;
    const off = new Int32Array(slots);
    off.set(this.off);
    const len = new Uint16Array(slots);
    len.set(this.len);
    this.off = off;
    this.len = len;
  }

  has(slot: number): boolean {
    return (this.len[slot] ?? 0) > 0;
  }

  get(slot: number): string {
    const o = this.off[slot] ?? 0;
    return this.arena.toString('utf8', o, o + (this.len[slot] ?? 0));
  }

  /** Whether the id at `slot` is exactly these bytes. */
  equals(slot: number, bytes: Uint8Array): boolean {
    const n = this.len[slot] ?? 0;
    if (n !== bytes.length) return false;
    const o = this.off[slot] ?? 0;
    for (let i = 0; i < n; i++) if (this.arena[o + i] !== bytes[i]) return false;
    return true;
  }

  /** Hash of the id at `slot`, the same as idHash() of its bytes. */
  hash(slot: number): number {
    const o = this.off[slot] ?? 0;
    return idHash(this.arena, o, o + (this.len[slot] ?? 0));
  }

  set(slot: number, bytes: Uint8Array): void {
    const n = Math.max(1, Math.min(bytes.length, 0xffff));
    if (this.used + n > this.arena.length) {
      if (this.garbage * 2 > this.used) this.compact();
      if (this.used + n > this.arena.length) {
        // a quarter more, at most ID_ARENA_STEP bytes: at a million ids a quarter would be ~4 MB unused
        const next = Buffer.alloc(
          Math.max(this.used + n, this.arena.length + Math.min(Math.ceil(this.arena.length / 4), ID_ARENA_STEP)),
        );
        this.arena.copy(next, 0, 0, this.used);
        this.arena = next;
      }
    }
    this.arena.set(bytes.subarray(0, n), this.used);
    this.off[slot] = this.used;
    this.len[slot] = n;
    this.used += n;
  }

  clear(slot: number): void {
    this.garbage += this.len[slot] ?? 0;
    this.len[slot] = 0;
  }

  private compact(): void {
    const next = Buffer.alloc(Math.max(1 << 16, Math.ceil((this.used - this.garbage) * 1.5)));
    let used = 0;
    for (let s = 0; s < this.len.length; s++) {
      const n = this.len[s] ?? 0;
      if (n === 0) continue;
      const o = this.off[s] ?? 0;
      this.arena.copy(next, used, o, o + n);
      this.off[s] = used;
      used += n;
    }
    this.arena = next;
    this.used = used;
    this.garbage = 0;
  }
}

/** FNV-1a over bytes, finalised with fmix32. */
export function idHash(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] ?? 0), 0x01000193);
  return fmix32(h);
}

/**
 * Small, fast 32-bit hashes used throughout the dedup index. Everything here
 * works on int32 values with Math.imul so V8 keeps it in small integers; no
 * BigInt, no crypto (SHA-256 is already done once, by ingest, for contentHash).
 */

/** MurmurHash3's finaliser: a bijection on 32 bits with good avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** FNV-1a over the UTF-16 code units of `s[start, end)`, finalised with fmix32. */
export function hashString(s: string, start = 0, end = s.length): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Order-dependent combination of two 32-bit hashes (for shingles of words). */
export function combine(h: number, x: number): number {
  return fmix32(Math.imul(h ^ 0x9e3779b9, 0x01000193) + x);
}

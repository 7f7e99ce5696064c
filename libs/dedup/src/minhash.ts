/**
 * MinHash signatures, hand-written (no maintained npm package offers b-bit
 * signatures in typed arrays with LSH banding we could keep compact enough).
 *
 * Each of the k "permutations" is h_i(x) = a_i·x + b_i (mod 2^32) over an
 * already well-mixed 32-bit shingle hash; the minimum over the shingles is
 * taken per permutation. We keep only b = 8 bits of each minimum (b-bit
 * MinHash, Li & König 2010): one byte per permutation instead of four, at
 * the price of a 1/256 chance that two different minima agree, which the
 * similarity estimate corrects for. The kept byte is a hash of the minimum,
 * not its low bits, because the minimum's own bits are far from uniform.
 *
 * Bands for LSH are runs of r ≤ 4 consecutive bytes, read as one int32: the band
 * key is derived from the stored signature, so the index never stores band
 * keys separately and can recompute them to evict an entry.
 */
import { mulberry32 } from '@skytally/random';
import { fmix32 as fmix } from './hash';

/** Read once (the hot loop calls it per permutation). */
const fmix32 = fmix;

/** A band key is at most 4 signature bytes (one int32). */
export const MAX_ROWS_PER_BAND = 4;

export class MinHasher {
  private readonly a: Int32Array;
  /**
   * The offsets b_i with the sign bit flipped: a·x + (b ^ 2^31) ≡ (a·x + b) ^ 2^31 (mod 2^32), so
   * signature() gets each value with its sign bit flipped (for an unsigned comparison of int32s)
   * straight from the sum, one operation less per permutation and shingle (≈ 13 % of its time).
   */
  private readonly bFlipped: Int32Array;

  constructor(
    readonly permutations: number,
    seed = 0x5eed,
  ) {
    const rnd = mulberry32(seed);
    this.a = new Int32Array(permutations);
    this.bFlipped = new Int32Array(permutations);
    for (let i = 0; i < permutations; i++) {
      // odd multipliers make a·x mod 2^32 a bijection
      this.a[i] = (rnd() * 4294967296) | 1 | 0;
      this.bFlipped[i] = ((rnd() * 4294967296) | 0) ^ 0x80000000;
    }
  }

  /** The b-bit signature of a set of shingle hashes (one byte per permutation). */
  signature(shingles: Int32Array, out = new Uint8Array(this.permutations)): Uint8Array {
    const k = this.permutations;
    const a = this.a;
    const b = this.bFlipped;
    const n = shingles.length;
    // Four permutations per pass over the shingles, their running minima in
    // registers (half the time of one at a time: each shingle is loaded once
    // per four). Minima are int32 with the sign bit flipped, so an unsigned
    // comparison is a signed one and nothing leaves int32 (a value ≥ 2^31
    // from >>> 0 is a double in V8); the flip comes with the offset (bFlipped).
    // Same minima as the plain loop.
    // Every read below is in bounds (i < k, s < n); `?? 0` only narrows the type.
    let i = 0;
    // Eight at a time first (measured 1.12× the four-at-a-time loop on 530
    // shingles: each shingle is loaded once per eight; V8 keeps the minima in
    // registers and reads the multipliers from the stack), then four, then one.
    for (; i + 8 <= k; i += 8) {
      const a0 = a[i] ?? 0,
        a1 = a[i + 1] ?? 0,
        a2 = a[i + 2] ?? 0,
        a3 = a[i + 3] ?? 0,
        a4 = a[i + 4] ?? 0,
        a5 = a[i + 5] ?? 0,
        a6 = a[i + 6] ?? 0,
        a7 = a[i + 7] ?? 0;
      const b0 = b[i] ?? 0,
        b1 = b[i + 1] ?? 0,
        b2 = b[i + 2] ?? 0,
        b3 = b[i + 3] ?? 0,
        b4 = b[i + 4] ?? 0,
        b5 = b[i + 5] ?? 0,
        b6 = b[i + 6] ?? 0,
        b7 = b[i + 7] ?? 0;
      let m0 = 0x7fffffff,
        m1 = 0x7fffffff,
        m2 = 0x7fffffff,
        m3 = 0x7fffffff,
        m4 = 0x7fffffff,
        m5 = 0x7fffffff,
        m6 = 0x7fffffff,
        m7 = 0x7fffffff;
      for (let s = 0; s < n; s++) {
        const x = shingles[s] ?? 0;
        let v = (Math.imul(a0, x) + b0) | 0;
        if (v < m0) m0 = v;
        v = (Math.imul(a1, x) + b1) | 0;
        if (v < m1) m1 = v;
        v = (Math.imul(a2, x) + b2) | 0;
        if (v < m2) m2 = v;
        v = (Math.imul(a3, x) + b3) | 0;
        if (v < m3) m3 = v;
        v = (Math.imul(a4, x) + b4) | 0;
        if (v < m4) m4 = v;
        v = (Math.imul(a5, x) + b5) | 0;
        if (v < m5) m5 = v;
        v = (Math.imul(a6, x) + b6) | 0;
        if (v < m6) m6 = v;
        v = (Math.imul(a7, x) + b7) | 0;
        if (v < m7) m7 = v;
      }
      out[i] = fmix32(m0 ^ 0x80000000) & 0xff;
      out[i + 1] = fmix32(m1 ^ 0x80000000) & 0xff;
      out[i + 2] = fmix32(m2 ^ 0x80000000) & 0xff;
      out[i + 3] = fmix32(m3 ^ 0x80000000) & 0xff;
      out[i + 4] = fmix32(m4 ^ 0x80000000) & 0xff;
      out[i + 5] = fmix32(m5 ^ 0x80000000) & 0xff;
      out[i + 6] = fmix32(m6 ^ 0x80000000) & 0xff;
      out[i + 7] = fmix32(m7 ^ 0x80000000) & 0xff;
    }
    for (; i + 4 <= k; i += 4) {
      const a0 = a[i] ?? 0,
        a1 = a[i + 1] ?? 0,
        a2 = a[i + 2] ?? 0,
        a3 = a[i + 3] ?? 0;
      const b0 = b[i] ?? 0,
        b1 = b[i + 1] ?? 0,
        b2 = b[i + 2] ?? 0,
        b3 = b[i + 3] ?? 0;
      let m0 = 0x7fffffff,
        m1 = 0x7fffffff,
        m2 = 0x7fffffff,
        m3 = 0x7fffffff; // 0xffffffff, flipped
      for (let s = 0; s < n; s++) {
        const x = shingles[s] ?? 0;
        const v0 = (Math.imul(a0, x) + b0) | 0;
        if (v0 < m0) m0 = v0;
        const v1 = (Math.imul(a1, x) + b1) | 0;
        if (v1 < m1) m1 = v1;
        const v2 = (Math.imul(a2, x) + b2) | 0;
        if (v2 < m2) m2 = v2;
        const v3 = (Math.imul(a3, x) + b3) | 0;
        if (v3 < m3) m3 = v3;
      }
      out[i] = fmix32(m0 ^ 0x80000000) & 0xff;
      out[i + 1] = fmix32(m1 ^ 0x80000000) & 0xff;
      out[i + 2] = fmix32(m2 ^ 0x80000000) & 0xff;
      out[i + 3] = fmix32(m3 ^ 0x80000000) & 0xff;
    }
    for (; i < k; i++) {
      const ai = a[i] ?? 0;
      const bi = b[i] ?? 0;
      let min = 0x7fffffff;
      for (let s = 0; s < n; s++) {
        const v = (Math.imul(ai, shingles[s] ?? 0) + bi) | 0;
        if (v < min) min = v;
      }
      out[i] = fmix32(min ^ 0x80000000) & 0xff;
    }
    return out;
  }
}

/** Chance that two different minima share their kept byte. */
const COLLISION = 1 / 256;

/**
 * Estimated Jaccard similarity from two b-bit signatures: the share of equal
 * bytes, corrected for chance agreement, clamped to [0, 1].
 */
export function estimateJaccard(x: Uint8Array, xOff: number, y: Uint8Array, yOff: number, k: number): number {
  let same = 0;
  for (let i = 0; i < k; i++) if (x[xOff + i] === y[yOff + i]) same++;
  const j = (same / k - COLLISION) / (1 - COLLISION);
  return j < 0 ? 0 : j > 1 ? 1 : j;
}

/**
 * estimateJaccard over signatures as int32 words (4 bytes each: `xOff`, `yOff`
 * and `k / 4` words), counting the equal bytes four at a time: the same count,
 * so the same estimate, for a quarter of the loads and compares (it runs for
 * every candidate of every article). `k` is the number of bytes, a multiple of 4.
 */
export function estimateJaccardWords(x: Int32Array, xOff: number, y: Int32Array, yOff: number, k: number): number {
  let differ = 0;
  const words = k >>> 2;
  for (let i = 0; i < words; i++) {
    const d = (x[xOff + i] ?? 0) ^ (y[yOff + i] ?? 0);
    // the high bit of each byte of t is set when that byte of d is not 0; then add the four bits up
    const t = (((d & 0x7f7f7f7f) + 0x7f7f7f7f) | d) & 0x80808080;
    differ += Math.imul(t >>> 7, 0x01010101) >>> 24;
  }
  const j = ((k - differ) / k - COLLISION) / (1 - COLLISION);
  return j < 0 ? 0 : j > 1 ? 1 : j;
}

/** Whether an int32 is stored little-endian here: byte r of a word is its bits 8r…8r+7, as bandKey reads them. */
export const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * The bytes of a signature as int32 words (a view of the same memory), or null
 * when they cannot be: a length that is not a multiple of 4, or a misaligned
 * start. For estimateJaccardWords, and with 4 rows a band (little-endian), a
 * band's key is one word.
 */
export function signatureWords(sig: Uint8Array): Int32Array | null {
  if (sig.length % 4 !== 0 || sig.byteOffset % 4 !== 0) return null;
  return new Int32Array(sig.buffer, sig.byteOffset, sig.length >>> 2);
}

/** The int32 key of band `band` (of `rows` bytes) of a signature stored at `off`. */
export function bandKey(sig: Uint8Array, off: number, band: number, rows: number): number {
  const p = off + band * rows;
  let key = 0;
  for (let r = 0; r < rows; r++) key |= (sig[p + r] ?? 0) << (8 * r);
  return key | 0;
}

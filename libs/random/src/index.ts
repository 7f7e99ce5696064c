/**
 * The project's one seeded pseudo-random generator (mulberry32). Everything
 * that needs reproducible randomness uses it: MinHash permutation constants,
 * the benchmark and chaos generators, property tests' corpora. Same seed,
 * same sequence, on every machine.
 */
export type Rng = () => number;

/** mulberry32: 32 bits of state, uniform floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One item of a non-empty list, uniformly. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick: empty list');
  return items[Math.floor(rng() * items.length)] as T;
}

/** An integer in [lo, hi], both ends included. */
export function between(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/** A shuffled copy (Fisher–Yates); the input is left as it is. */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

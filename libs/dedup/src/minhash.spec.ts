import { MinHasher, estimateJaccard } from './minhash';

describe('MinHasher', () => {
  // Pinned with the private mulberry32 this module had before it took @skytally/random's: the
  // signature depends on all 128 permutation constants, so a stored index stays valid.
  it('keeps its permutation constants (seed 0x5eed): the signature of fixed shingles is pinned', () => {
    const shingles = Int32Array.from([1, 2, 3, 0x7fffffff, -5, 123456789, -987654321]);
    expect(Array.from(new MinHasher(64).signature(shingles))).toEqual([
      137, 21, 202, 149, 242, 6, 192, 103, 49, 146, 94, 127, 7, 237, 189, 229, 28, 157, 77, 93, 145, 121, 178, 93, 227,
      22, 115, 57, 15, 13, 79, 43, 193, 53, 170, 196, 222, 75, 57, 250, 35, 176, 89, 146, 111, 71, 144, 43, 126, 1, 61,
      149, 206, 24, 82, 24, 14, 92, 119, 91, 140, 128, 171, 254,
    ]);
  });

  it('estimates Jaccard 1 for equal sets and near 0 for disjoint ones', () => {
    const m = new MinHasher(64);
    const a = m.signature(Int32Array.from({ length: 200 }, (_, i) => i * 7919));
    const b = m.signature(Int32Array.from({ length: 200 }, (_, i) => i * 7919 + 1_000_003));
    expect(estimateJaccard(a, 0, a, 0, 64)).toBe(1);
    expect(estimateJaccard(a, 0, b, 0, 64)).toBeLessThan(0.15);
  });
});

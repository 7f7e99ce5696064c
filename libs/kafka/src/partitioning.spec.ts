import { partitionForKey } from './partitioning';

describe('partitionForKey', () => {
  it('is the Java client’s murmur2 partitioning (known values), stable and in range', () => {
    // What the Java client gives: toPositive(Utils.murmur2(key bytes)) % 3, run against kafka-clients 3.9.2.
    expect(['RU', 'UA', 'RU-BRY', 'RU-TUL', 'SEA-BLACK'].map((k) => partitionForKey(k, 3))).toEqual([0, 1, 0, 0, 2]);
    for (const key of ['RU', 'UA', 'RU-BRY', 'RU-TUL', 'SEA-BLACK']) {
      for (const n of [1, 2, 3, 7]) {
        const p = partitionForKey(key, n);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThan(n);
      }
    }
    expect(partitionForKey('anything', 1)).toBe(0);
  });

  it('spreads region keys over the partitions', () => {
    const keys = Array.from({ length: 90 }, (_, i) => `RU-K${i}`);
    const used = new Set(keys.map((k) => partitionForKey(k, 3)));
    expect(used.size).toBe(3);
  });

  it('refuses a partition count that is not a positive integer', () => {
    expect(() => partitionForKey('RU', 0)).toThrow(RangeError);
  });
});
